package dev.articleingest.query;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param items the page's items, in the listing's order
 * @param nextPageToken pass it back for the next page; {@code null} when this is the last page
 * @param <T> item type
 */
public record Page<T>(List<T> items, String nextPageToken) {

  public Page {
    items = List.copyOf(items);
  }
}

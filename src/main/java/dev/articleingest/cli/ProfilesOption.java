package dev.articleingest.cli;

import dev.articleingest.parse.profile.SourceProfiles;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --profiles FILE}: the commands that parse take the same extension file as Lambda. */
final class ProfilesOption {

  @Option(
      names = "--profiles",
      paramLabel = "FILE",
      description =
          "A source-profiles JSON file extending the bundled one (as ARTICLE_PROFILES does for"
              + " the function).")
  Path file;

  /** The bundled profiles, extended by the file when one was given. */
  SourceProfiles profiles() {
    return SourceProfiles.bundledWith(file);
  }
}

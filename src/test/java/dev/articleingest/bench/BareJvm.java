package dev.articleingest.bench;

/** Prints and exits: the JVM start-up baseline for the cold benchmarks. Not a test. */
public final class BareJvm {

  private BareJvm() {}

  public static void main(String[] args) {
    System.out.println("hello");
  }
}

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Build step (run by the pom as a single-file Java program, so no build step depends on compiled
 * project or test code): rewrites every jar in a folder with its entries stored, not deflated.
 * The Lambda zip then deflates each jar as one stream, across its classes' shared constant-pool
 * strings, where a jar deflates each class alone: the zip shrinks by about a third
 * (BENCHMARKS.md, "Artifact"). Lambda unpacks the zip, so the function reads the jars stored,
 * with no inflating per class. Entries keep their order, names, times and contents.
 *
 * <p>Usage: {@code java src/build/StoreJars.java FOLDER}
 */
public final class StoreJars {

  private StoreJars() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: java src/build/StoreJars.java FOLDER");
    }
    int jars = 0;
    try (DirectoryStream<Path> found = Files.newDirectoryStream(Path.of(args[0]), "*.jar")) {
      for (Path jar : found) {
        store(jar);
        jars++;
      }
    }
    System.out.println("StoreJars: " + jars + " jars in " + args[0] + " now stored");
  }

  private static void store(Path jar) throws IOException {
    Path stored = jar.resolveSibling(jar.getFileName() + ".stored");
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(stored))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        byte[] bytes = in.readAllBytes();
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setMethod(ZipEntry.STORED);
        copy.setTime(entry.getTime());
        copy.setSize(bytes.length);
        copy.setCompressedSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        copy.setCrc(crc.getValue());
        out.putNextEntry(copy);
        out.write(bytes);
        out.closeEntry();
      }
    }
    Files.move(stored, jar, StandardCopyOption.REPLACE_EXISTING);
  }
}

package dev.articleingest.parse.text;

import dev.articleingest.normalize.TextNormalizer;
import dev.articleingest.parse.decode.TextDecoder;
import dev.articleingest.parse.learned.TreeEnsemble;
import dev.articleingest.parse.profile.SourceProfiles;
import dev.articleingest.parse.spi.ParseContext;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Prints each line of a dump with the model's probability and where the span falls: a dev tool. */
public final class TextDumpDebug {
  private TextDumpDebug() {}

  public static void main(String[] args) throws Exception {
    TreeEnsemble model;
    try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
      model = TreeEnsemble.read(in, LineFeatures.NAMES);
    }
    Path file = Path.of(args[1]);
    byte[] content = Files.readAllBytes(file);
    List<DumpLine> lines =
        DumpLine.of(
            TextNormalizer.normalize(TextDecoder.decode(content, null).text()),
            SourceProfiles.bundled().forSource("unknown"));
    ParseContext context = TextModelTrainer.context(file.getFileName().toString());
    double[] p = new TextDumpParser(model, null, null).probabilities(lines, context);
    int[] span = ArticleSpan.find(lines, p, TextDumpParser.BODY_THRESHOLD);
    for (DumpLine line : lines) {
      int i = line.index();
      String mark = i >= span[0] && i <= span[1] ? (p[i] >= 0.5 ? "B" : "-") : " ";
      String text = line.text();
      System.out.printf(
          Locale.ROOT,
          "%4d %3d %s %.2f %s%n",
          i,
          line.block(),
          mark,
          p[i],
          text.length() > 110 ? text.substring(0, 110) : text);
    }
  }
}

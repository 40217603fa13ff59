package dev.articleingest.bench;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import dev.articleingest.language.NgramLanguageDetector;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.cloudwatchlogs.emf.logger.MetricsLogger;
import software.amazon.cloudwatchlogs.emf.model.Unit;

/**
 * One fresh JVM's first use of a library, or of the stand-in this project wrote for it, then exit:
 * run by {@code bench/standins.sh}, which times each mode. Which SLF4J provider prints the log
 * line (ours, or logback with the logstash encoder) is the class path's choice. Not a test.
 *
 * <pre>
 * log                 one structured log line through SLF4J (key-value pairs as JSON fields)
 * log-emf-library     the log line, then one metrics document by AWS's EMF library
 * language-ours       our model: load it, detect the sample's language
 * language-opennlp    OpenNLP's model and detector: the same
 * event-library       the Lambda runtime's serializer reads an S3 notification into S3Event
 * </pre>
 */
public final class StandInProbe {

  private StandInProbe() {}

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    switch (mode) {
      case "log" -> log();
      case "log-emf-library" -> {
        log();
        MetricsLogger metrics = new MetricsLogger();
        metrics.setNamespace("ArticleIngest");
        metrics.putMetric("Articles", 1, Unit.COUNT);
        metrics.putMetric("ParseMs", 1.4, Unit.MILLISECONDS);
        metrics.flush();
      }
      case "language-ours" -> {
        NgramLanguageDetector.preload();
        String language =
            new NgramLanguageDetector().detect(List.of(sample(args[1]))).tag();
        System.out.println(language);
      }
      case "language-opennlp" -> {
        LanguageDetectorModel model;
        try (InputStream in = StandInProbe.class.getResourceAsStream("/langdetect-183.bin")) {
          model = new LanguageDetectorModel(in);
        }
        System.out.println(new LanguageDetectorME(model).predictLanguage(sample(args[1])).getLang());
      }
      case "event-library" -> {
        try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
          S3Event event =
              LambdaEventSerializers.serializerFor(S3Event.class, StandInProbe.class.getClassLoader())
                  .fromJson(in);
          System.out.println(event.getRecords().get(0).getS3().getObject().getKey());
        }
      }
      default -> throw new IllegalArgumentException("unknown mode " + mode);
    }
  }

  private static void log() {
    Logger log = LoggerFactory.getLogger("dev.articleingest.telemetry.Telemetry");
    log.atInfo()
        .addKeyValue("event", "article")
        .addKeyValue("outcome", "STORED")
        .addKeyValue("key", "rt.com/a.txt")
        .addKeyValue("words", 396)
        .log("article");
  }

  private static String sample(String file) throws java.io.IOException {
    String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
    return text.substring(0, Math.min(1000, text.length()));
  }
}

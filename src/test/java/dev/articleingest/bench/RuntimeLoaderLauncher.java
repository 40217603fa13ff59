package dev.articleingest.bench;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs {@link ColdInvokeProbe} from an unpacked Lambda package the way Lambda's Java runtime loads
 * a function: a {@link URLClassLoader} over the task root and then the {@code lib/} jars in name
 * order (aws-lambda-java-libs, {@code CustomerClassLoader}), below the class path this launcher
 * runs on; the probe's own classes come last. For {@code bench/cold-ab.sh}. Not a test.
 *
 * <p>Usage: {@code RuntimeLoaderLauncher TASK_ROOT PROBE_DIR PROBE_ARGS...}
 */
public final class RuntimeLoaderLauncher {

  private RuntimeLoaderLauncher() {}

  public static void main(String[] args) throws Exception {
    String task = args[0];
    List<URL> urls = new ArrayList<>();
    urls.add(new URL("file", null, -1, task + "/"));
    String[] jars = new File(task, "lib").list((dir, name) -> name.endsWith(".jar"));
    if (jars != null) {
      Arrays.sort(jars);
      for (String jar : jars) {
        urls.add(new URL("file", null, -1, task + "/lib/" + jar));
      }
    }
    urls.add(new File(args[1]).toURI().toURL());
    URLClassLoader loader =
        new URLClassLoader(urls.toArray(new URL[0]), RuntimeLoaderLauncher.class.getClassLoader());
    Thread.currentThread().setContextClassLoader(loader);
    loader
        .loadClass("dev.articleingest.bench.ColdInvokeProbe")
        .getMethod("main", String[].class)
        .invoke(null, (Object) Arrays.copyOfRange(args, 2, args.length));
  }
}

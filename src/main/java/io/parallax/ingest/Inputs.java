package io.parallax.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Small helpers shared by the file readers. */
public final class Inputs {

  private Inputs() {}

  /** The article id for a file: its name without the (possibly double) extension. */
  public static String idOf(Path file) {
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    for (String ext : new String[] {".html.gz", ".htm.gz", ".warc.gz", ".jsonl.gz", ".xml.gz"}) {
      if (lower.endsWith(ext)) return name.substring(0, name.length() - ext.length());
    }
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** Reads a whole file, refusing (without reading it) one larger than {@code maxBytes}. */
  public static byte[] readBounded(Path file, long maxBytes) throws IOException {
    long size = Files.size(file);
    if (size > maxBytes) {
      throw new UnreadableInputException(String.format(Locale.ROOT,
          "file too large: %,d bytes, the limit is %,d (raise it with --max-file-mb, or split the file)",
          size, maxBytes));
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16));
      if (bytes.length > maxBytes) {
        throw new UnreadableInputException("file grew past the limit of " + maxBytes + " bytes while being read");
      }
      return bytes;
    }
  }
}

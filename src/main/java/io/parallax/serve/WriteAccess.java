package io.parallax.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Who may write ({@code POST /api/articles}): with a token configured, whoever sends
 * {@code Authorization: Bearer TOKEN}; without one, clients on the loopback interface only.
 */
public record WriteAccess(Optional<String> token) {

  public enum Verdict { ALLOWED, NEEDS_TOKEN, WRONG_TOKEN, NOT_LOOPBACK }

  public Verdict check(String remoteAddress, String authorization) {
    if (token.isPresent()) {
      if (authorization == null || !authorization.startsWith("Bearer ")) return Verdict.NEEDS_TOKEN;
      byte[] given = authorization.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
      return MessageDigest.isEqual(given, token.get().getBytes(StandardCharsets.UTF_8)) ? Verdict.ALLOWED : Verdict.WRONG_TOKEN;
    }
    return isLoopback(remoteAddress) ? Verdict.ALLOWED : Verdict.NOT_LOOPBACK;
  }

  /** Whether {@code address} (a literal IPv4 or IPv6 address, as a server sees its client) is a loopback address. */
  static boolean isLoopback(String address) {
    if (address == null || address.isBlank()) return false;
    String a = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
    boolean v4 = a.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    boolean v6 = a.contains(":") && a.matches("[0-9a-fA-F:.]+(%[\\w.]+)?");
    if (!v4 && !v6) return false; // never a host name: no look-up
    try {
      return InetAddress.getByName(a).isLoopbackAddress(); // a literal: no name look-up
    } catch (UnknownHostException e) {
      return false;
    }
  }
}

package cn.legalaid.identity;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;

/** Time-based one-time passwords (RFC 6238, HMAC-SHA1, 30-second steps, 6 digits) as authenticator apps use. */
final class Totp {

	static final int STEP_SECONDS = 30;

	private static final SecureRandom RANDOM = new SecureRandom();

	private Totp() {
	}

	static String newSecret() {
		byte[] bytes = new byte[20];
		RANDOM.nextBytes(bytes);
		return new Base32().encodeToString(bytes).replace("=", "");
	}

	static long stepAt(Instant time) {
		return time.getEpochSecond() / STEP_SECONDS;
	}

	static String code(String secret, long step) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(new Base32().decode(secret), "HmacSHA1"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0xf;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			return String.format("%06d", binary % 1_000_000);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The step a code matches, allowing one step of clock drift either way, and never a step at or before the last
	 * one used (a code cannot be replayed).
	 */
	static OptionalLong matchingStep(String secret, String code, Instant now, Long lastUsedStep) {
		if (secret == null || code == null || !code.trim().matches("\\d{6}")) {
			return OptionalLong.empty();
		}
		long current = stepAt(now);
		for (long step = current - 1; step <= current + 1; step++) {
			if (lastUsedStep != null && step <= lastUsedStep) {
				continue;
			}
			if (java.security.MessageDigest.isEqual(code(secret, step).getBytes(), code.trim().getBytes())) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	static String otpauthUri(String issuer, String account, String secret) {
		String label = java.net.URLEncoder.encode(issuer + ":" + account, java.nio.charset.StandardCharsets.UTF_8)
			.replace("+", "%20");
		String iss = java.net.URLEncoder.encode(issuer, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + iss + "&digits=6&period=30";
	}
}

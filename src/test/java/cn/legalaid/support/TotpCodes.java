package cn.legalaid.support;

import java.nio.ByteBuffer;
import java.time.Instant;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;

/** What an authenticator app computes (RFC 6238), for tests that sign in with a second factor. */
public final class TotpCodes {

	private TotpCodes() {
	}

	/** The code for the 30-second step at {@code now} plus {@code offsetSteps}. */
	public static String code(String base32Secret, int offsetSteps) {
		try {
			long step = Instant.now().getEpochSecond() / 30 + offsetSteps;
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(new Base32().decode(base32Secret.replace(" ", "")), "HmacSHA1"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0xf;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			return String.format("%06d", binary % 1_000_000);
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}
}

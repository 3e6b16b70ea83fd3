package cn.legalaid.registry;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * How a CSV file is encoded. Chinese government systems often export GBK; {@link #AUTO} takes the file as UTF-8 when
 * it decodes cleanly as UTF-8 and as GB18030 (a superset of GBK) otherwise.
 */
public enum FileEncoding {

	AUTO, UTF_8, GBK;

	String decode(byte[] bytes) {
		return switch (this) {
			case UTF_8 -> stripBom(new String(bytes, StandardCharsets.UTF_8));
			case GBK -> new String(bytes, Charset.forName("GB18030"));
			case AUTO -> strictUtf8(bytes);
		};
	}

	private static String strictUtf8(byte[] bytes) {
		try {
			return stripBom(StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString());
		}
		catch (CharacterCodingException notUtf8) {
			return new String(bytes, Charset.forName("GB18030"));
		}
	}

	private static String stripBom(String s) {
		return s.startsWith("\uFEFF") ? s.substring(1) : s;
	}
}

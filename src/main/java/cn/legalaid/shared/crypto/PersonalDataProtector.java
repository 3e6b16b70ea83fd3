package cn.legalaid.shared.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Protects ID numbers, phones and addresses at rest (个人信息加密存储): AES-256-GCM for the value, and a keyed
 * HMAC-SHA256 "blind index" so that a record can be found by the exact value without storing it in clear. Two keys
 * are derived from the one configured key.
 */
@Component
public class PersonalDataProtector {

	private static final Logger log = LoggerFactory.getLogger(PersonalDataProtector.class);

	private static final String PREFIX = "v1:";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec encryptionKey;

	private final SecretKeySpec indexKey;

	public PersonalDataProtector(PersonalDataProperties properties) {
		byte[] master = masterKey(properties);
		this.encryptionKey = new SecretKeySpec(derive(master, "encrypt"), "AES");
		this.indexKey = new SecretKeySpec(derive(master, "index"), "HmacSHA256");
		Arrays.fill(master, (byte) 0);
	}

	public String encrypt(String plain) {
		if (plain == null || plain.isEmpty()) {
			return null;
		}
		try {
			byte[] iv = new byte[12];
			RANDOM.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(128, iv));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			byte[] out = new byte[iv.length + sealed.length];
			System.arraycopy(iv, 0, out, 0, iv.length);
			System.arraycopy(sealed, 0, out, iv.length, sealed.length);
			return PREFIX + Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("加密失败", ex);
		}
	}

	public String decrypt(String stored) {
		if (stored == null || stored.isEmpty()) {
			return null;
		}
		if (!stored.startsWith(PREFIX)) {
			throw new IllegalStateException("未知的密文格式");
		}
		try {
			byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(128, all, 0, 12));
			return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("解密失败：密钥与数据不匹配", ex);
		}
	}

	/** Keyed digest of a normalised value (trimmed, upper case): equal values give equal indexes. */
	public String blindIndex(String plain) {
		if (plain == null || plain.isBlank()) {
			return null;
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(indexKey);
			return HexFormat.of().formatHex(mac.doFinal(plain.trim().toUpperCase().getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] derive(byte[] master, String purpose) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(master, "HmacSHA256"));
			return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] masterKey(PersonalDataProperties properties) {
		if (properties.key() != null && !properties.key().isBlank()) {
			byte[] key = Base64.getDecoder().decode(properties.key().trim());
			if (key.length < 32) {
				throw new IllegalStateException("LEGALAID_DATA_KEY 须为 32 字节随机数的 Base64 编码");
			}
			return key;
		}
		Path file = Path.of(properties.keyFile());
		try {
			if (Files.exists(file)) {
				KeyFilePermissions.requireOwnerOnly(file);
				return Base64.getDecoder().decode(Files.readString(file).trim());
			}
			byte[] key = new byte[32];
			RANDOM.nextBytes(key);
			KeyFilePermissions.createOwnerOnly(file, Base64.getEncoder().encodeToString(key));
			log.warn("未配置 LEGALAID_DATA_KEY：已生成个人信息加密密钥 {}（仅本账户可读写；多节点部署须改用环境变量统一配置，并妥善备份）", file.toAbsolutePath());
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法读取或生成个人信息加密密钥 " + file, ex);
		}
	}
}

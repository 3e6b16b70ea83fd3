package cn.legalaid.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Files on local disk under {@code legalaid.files.directory}, content-addressed: {@code ab/cd/abcdef…}. Written to a
 * temporary file first and moved into place, so a half-written file never has a hash's name.
 */
@Component
@ConditionalOnProperty(name = "legalaid.files.storage", havingValue = "local", matchIfMissing = true)
class LocalDiskStorage implements MaterialStorage {

	private final Path root;

	LocalDiskStorage(FileProperties properties) {
		this.root = Path.of(properties.directory()).toAbsolutePath().normalize();
	}

	@Override
	public String put(byte[] content) {
		String sha = sha256(content);
		Path target = pathOf(sha);
		if (Files.exists(target)) {
			return sha;
		}
		try {
			Files.createDirectories(target.getParent());
			Path temp = Files.createTempFile(target.getParent(), "upload-", ".tmp");
			Files.write(temp, content);
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("文件保存失败", ex);
		}
		return sha;
	}

	@Override
	public byte[] get(String sha256) {
		try {
			return Files.readAllBytes(pathOf(sha256));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("文件读取失败", ex);
		}
	}

	@Override
	public boolean exists(String sha256) {
		return Files.exists(pathOf(sha256));
	}

	Path pathOf(String sha) {
		if (!sha.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("not a sha256");
		}
		return root.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}

package cn.legalaid.shared.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * A secret kept in a file is readable by its owner only: created 0600 (its folder 0700), and refused at start when
 * the group or others may read or write it. On a file system without POSIX permissions nothing can be checked.
 */
final class KeyFilePermissions {

	private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
			PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
			PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

	private KeyFilePermissions() {
	}

	/** Writes the content to a new file that only its owner can read and write. */
	static void createOwnerOnly(Path file, String content) throws IOException {
		Path folder = file.toAbsolutePath().getParent();
		if (posix(folder.getRoot())) {
			if (!Files.exists(folder)) {
				Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
			}
			try {
				Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			catch (FileAlreadyExistsException ex) {
				throw new IllegalStateException("个人信息加密密钥文件 " + file.toAbsolutePath() + " 已被其他进程创建，请重新启动", ex);
			}
			// the umask may have narrowed the mode further, never widened it; set it exactly all the same
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		else {
			Files.createDirectories(folder);
			Files.createFile(file);
		}
		Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
	}

	/** Refuses a key file that the group or others may read, write or execute. */
	static void requireOwnerOnly(Path file) throws IOException {
		PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
		if (view == null) {
			return;
		}
		Set<PosixFilePermission> permissions = view.readAttributes().permissions();
		if (permissions.stream().anyMatch(OTHERS::contains)) {
			throw new IllegalStateException("个人信息加密密钥文件 " + file.toAbsolutePath() + " 的权限为 "
					+ PosixFilePermissions.toString(permissions) + "，同组或其他用户可以访问，拒绝启动。请执行 chmod 600 "
					+ file.toAbsolutePath() + " 后重新启动（并检查密钥是否已泄露）");
		}
	}

	private static boolean posix(Path root) {
		return root != null && root.getFileSystem().supportedFileAttributeViews().contains("posix");
	}
}

package cn.legalaid.shared.crypto;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The generated personal-data key is readable by its owner only, and a key others can read stops the start. */
class PersonalDataKeyFileTests {

	@TempDir
	Path dir;

	@Test
	void createsTheKeyFileReadableByItsOwnerOnly() throws Exception {
		Path file = dir.resolve("keys/personal-data.key");
		PersonalDataProtector protector = new PersonalDataProtector(new PersonalDataProperties(null, file.toString()));

		String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
		String folderMode = PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()));
		System.out.println("personal-data key file " + mode + ", folder " + folderMode);
		assertThat(mode).isEqualTo("rw-------");
		assertThat(folderMode).isEqualTo("rwx------");
		PersonalDataProtector again = new PersonalDataProtector(new PersonalDataProperties(null, file.toString()));
		assertThat(again.decrypt(protector.encrypt("320102199001011234"))).isEqualTo("320102199001011234");
	}

	@Test
	void refusesToStartOnAKeyFileOthersCanRead() throws Exception {
		Path file = dir.resolve("keys/personal-data.key");
		new PersonalDataProtector(new PersonalDataProperties(null, file.toString()));
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

		assertThatThrownBy(() -> new PersonalDataProtector(new PersonalDataProperties(null, file.toString())))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("rw-r--r--")
			.hasMessageContaining("拒绝启动")
			.hasMessageContaining("chmod 600");

		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw----r--"));
		assertThatThrownBy(() -> new PersonalDataProtector(new PersonalDataProperties(null, file.toString())))
			.hasMessageContaining("拒绝启动");
	}
}

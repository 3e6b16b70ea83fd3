package cn.legalaid.registry;

import cn.legalaid.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The unit an actor works for, as the registry needs it: id, materialised path and province code. */
record RegistryUnit(long id, String path, String provinceCode, String name, String phone) {

	static RegistryUnit load(JdbcClient jdbc, Long unitId) {
		return jdbc.sql("SELECT id, path, name, phone FROM organisation WHERE id = :id")
			.param("id", unitId)
			.query((rs, n) -> new RegistryUnit(rs.getLong("id"), rs.getString("path"), provinceOf(rs.getString("path")),
					rs.getString("name"), rs.getString("phone")))
			.optional()
			.orElseThrow(() -> new NotFoundException("单位不存在：" + unitId));
	}

	/** "/000000/320000/320100/320102/" → "320000"; the national unit has no province ("000000"). */
	static String provinceOf(String path) {
		String[] parts = path.split("/");
		return parts.length > 2 ? parts[2] : "000000";
	}
}

package cn.legalaid.eligibility;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.legalaid.shared.BusinessRuleException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The eligibility rules that are data per province: hardship standards (《法律援助法》第三十四条) and scope extensions
 * (第三十一条第九项), each with effective dates so that a matter is judged by the rules in force when it was received.
 */
@Service
public class EligibilityConfiguration {

	private static final String STANDARD_COLUMNS = """
			province_code, effective_from, allowance_per_head_monthly, multiple, relaxed_multiple,
			array_to_string(relaxed_groups, ','), legal_basis""";

	private static final String EXTENSION_COLUMNS = "province_code, code, name_zh, effective_from, effective_to, legal_basis";

	private final JdbcClient jdbc;

	EligibilityConfiguration(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every standard of a province ("" for the national fallback), newest first. */
	public List<HardshipStandard> hardshipStandards(String provinceCode) {
		return jdbc.sql("SELECT " + STANDARD_COLUMNS
				+ " FROM hardship_standard WHERE province_code = :p ORDER BY effective_from DESC")
			.param("p", provinceCode == null ? "" : provinceCode)
			.query((rs, i) -> standard(rs))
			.list();
	}

	/** The standard in force on the day: the province's latest, else the national fallback. */
	public Optional<HardshipStandard> hardshipStandard(String provinceCode, LocalDate on) {
		return jdbc.sql("SELECT " + STANDARD_COLUMNS + """
				 FROM hardship_standard WHERE province_code IN ('', :p) AND effective_from <= :on
				ORDER BY (province_code = '') ASC, effective_from DESC LIMIT 1""")
			.param("p", provinceCode == null ? "" : provinceCode)
			.param("on", on)
			.query((rs, i) -> standard(rs))
			.optional();
	}

	@Transactional
	public void addHardshipStandard(HardshipStandard s) {
		if (s.allowancePerHeadMonthly().signum() <= 0 || s.multiple().signum() <= 0) {
			throw new BusinessRuleException("allowancePerHeadMonthly", "低保标准和倍数必须大于零");
		}
		if (s.relaxedMultiple().compareTo(s.multiple()) < 0) {
			throw new BusinessRuleException("relaxedMultiple", "放宽倍数不得低于一般倍数");
		}
		try {
			jdbc.sql("""
					INSERT INTO hardship_standard (province_code, effective_from, allowance_per_head_monthly, multiple,
					  relaxed_multiple, relaxed_groups, legal_basis)
					VALUES (:p, :from, :allowance, :multiple, :relaxed, string_to_array(:groups, ','), :basis)""")
				.param("p", s.provinceCode())
				.param("from", s.effectiveFrom())
				.param("allowance", s.allowancePerHeadMonthly())
				.param("multiple", s.multiple())
				.param("relaxed", s.relaxedMultiple())
				.param("groups", s.relaxedGroups().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
				.param("basis", s.legalBasis() == null ? "《法律援助法》第三十四条" : s.legalBasis())
				.update();
		}
		catch (DuplicateKeyException e) {
			throw new BusinessRuleException("effectiveFrom", "该省份在同一生效日期已有经济困难标准");
		}
	}

	/** Every scope extension of a province, including expired ones. */
	public List<ScopeExtension> scopeExtensions(String provinceCode) {
		return jdbc.sql("SELECT " + EXTENSION_COLUMNS
				+ " FROM scope_extension WHERE province_code = :p ORDER BY code, effective_from DESC")
			.param("p", provinceCode)
			.query((rs, i) -> extension(rs))
			.list();
	}

	/** The scope extensions of a province in force on the day. */
	public List<ScopeExtension> scopeExtensions(String provinceCode, LocalDate on) {
		return scopeExtensions(provinceCode).stream().filter(e -> e.inForceOn(on)).toList();
	}

	/** The extension with this code in force in the province on the day. */
	public Optional<ScopeExtension> scopeExtension(String provinceCode, String code, LocalDate on) {
		if (provinceCode == null || code == null || code.isBlank()) {
			return Optional.empty();
		}
		return scopeExtensions(provinceCode, on).stream().filter(e -> e.code().equals(code.trim())).findFirst();
	}

	@Transactional
	public void addScopeExtension(ScopeExtension e) {
		if (e.nameZh() == null || e.nameZh().isBlank()) {
			throw new BusinessRuleException("nameZh", "请填写事项名称");
		}
		try {
			jdbc.sql("""
					INSERT INTO scope_extension (province_code, code, name_zh, effective_from, effective_to, legal_basis)
					VALUES (:p, :code, :name, :from, :to, :basis)""")
				.param("p", e.provinceCode())
				.param("code", e.code())
				.param("name", e.nameZh())
				.param("from", e.effectiveFrom())
				.param("to", e.effectiveTo())
				.param("basis", e.legalBasis() == null ? "《法律援助法》第三十一条第九项" : e.legalBasis())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new BusinessRuleException("code", "该省份在同一生效日期已有此扩展事项");
		}
	}

	private static HardshipStandard standard(ResultSet rs) throws SQLException {
		String groups = rs.getString(6);
		Set<ProtectedGroup> relaxed = EnumSet.noneOf(ProtectedGroup.class);
		if (groups != null && !groups.isBlank()) {
			Arrays.stream(groups.split(",")).map(String::trim).map(ProtectedGroup::valueOf).forEach(relaxed::add);
		}
		BigDecimal allowance = rs.getBigDecimal(3);
		return new HardshipStandard(rs.getString(1), rs.getDate(2).toLocalDate(), allowance, rs.getBigDecimal(4),
				rs.getBigDecimal(5), relaxed, rs.getString(7));
	}

	private static ScopeExtension extension(ResultSet rs) throws SQLException {
		java.sql.Date to = rs.getDate(5);
		return new ScopeExtension(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
				to == null ? null : to.toLocalDate(), rs.getString(6));
	}
}

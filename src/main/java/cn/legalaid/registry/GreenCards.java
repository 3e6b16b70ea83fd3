package cn.legalaid.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.legalaid.shared.Actor;
import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.shared.DataScope;
import cn.legalaid.shared.NotFoundException;
import cn.legalaid.shared.PageRequestParams;
import cn.legalaid.shared.PageResult;
import cn.legalaid.shared.StateConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and revokes legal aid green cards (法律援助绿卡) for people in the registry, and lists them by scope. A card
 * exempts its holder from the hardship check (《法律援助法》第四十二条第四项, local practice) only while valid and not
 * revoked.
 */
@Service
public class GreenCards {

	private static final String SELECT = """
			SELECT g.*, o.name AS unit_name, o.phone AS unit_phone
			FROM legal_aid_green_card g JOIN organisation o ON o.id = g.unit_id
			""";

	private final JdbcClient jdbc;

	GreenCards(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Filters: card number or holder name; status valid, revoked or expired. */
	public record CardFilter(String q, String status) {
	}

	/**
	 * Issues a card to a registry entry within the actor's scope whose validity covers the card's first day. The card
	 * runs until {@code validTo}, by default the end of the registry entry or one year, and never past the entry's
	 * end: the card is the entry's proof, not a standing of its own (see {@link RegistryLookups#validCardOn}).
	 */
	@Transactional
	public GreenCardView issue(Actor actor, long registryPersonId, LocalDate validFrom, LocalDate validTo) {
		LocalDate from = validFrom == null ? LocalDate.now() : validFrom;
		Entry entry = jdbc.sql("""
				SELECT id, name, id_number_cipher, id_number_index, id_number_hash, id_masked, category, valid_from, valid_to,
				  province_code FROM registry_person WHERE id = :id AND unit_path LIKE :scope""")
			.param("id", registryPersonId)
			.param("scope", actor.dataScope().pathPattern())
			.query((rs, n) -> new Entry(rs.getLong("id"), rs.getString("name"), rs.getString("id_number_cipher"),
					rs.getString("id_number_index"), rs.getString("id_number_hash"), rs.getString("id_masked"),
					rs.getString("category"), rs.getDate("valid_from").toLocalDate(),
					rs.getDate("valid_to") == null ? null : rs.getDate("valid_to").toLocalDate(), rs.getString("province_code")))
			.optional()
			.orElseThrow(() -> new NotFoundException("困难群体信息不存在或不在您的数据范围内：" + registryPersonId));
		if (from.isBefore(entry.validFrom()) || (entry.validTo() != null && from.isAfter(entry.validTo()))) {
			throw new BusinessRuleException("validFrom", "绿卡生效日不在该人员困难群体登记的有效期内（" + entry.validFrom() + "至"
					+ (entry.validTo() == null ? "长期" : entry.validTo()) + "）");
		}
		LocalDate to = validTo != null ? validTo
				: entry.validTo() != null ? entry.validTo() : from.plusYears(1).minusDays(1);
		if (to.isBefore(from)) {
			throw new BusinessRuleException("validTo", "绿卡有效期止早于有效期起");
		}
		if (entry.validTo() != null && to.isAfter(entry.validTo())) {
			throw new BusinessRuleException("validTo", "绿卡有效期止不能晚于该人员困难群体登记的有效期止（" + entry.validTo()
					+ "）：绿卡是登记的凭证，登记到期，绿卡随之失效");
		}
		Optional<String> held = jdbc.sql("""
				SELECT card_number FROM legal_aid_green_card WHERE id_number_index = :idx AND status = 'VALID'
				AND valid_from <= :to AND valid_to >= :from LIMIT 1""")
			.param("idx", entry.idIndex())
			.param("from", from)
			.param("to", to)
			.query(String.class)
			.optional();
		if (held.isPresent()) {
			throw new BusinessRuleException("registryPersonId", "该人员已持有有效期重叠的绿卡：" + held.get());
		}
		String number = CardNumbers.next(jdbc, entry.provinceCode(), from.getYear());
		long id = jdbc.sql("""
				INSERT INTO legal_aid_green_card (card_number, registry_person_id, unit_id, unit_path, holder_name,
				  id_number_cipher, id_number_index, id_number_hash, id_masked, category, valid_from, valid_to, issued_by)
				SELECT :number, :person, o.id, o.path, :name, :cipher, :idx, :hash, :masked, :category, :from, :to, :user
				FROM organisation o WHERE o.id = :unit RETURNING id""")
			.param("number", number)
			.param("person", entry.id())
			.param("name", entry.name())
			.param("cipher", entry.idCipher())
			.param("idx", entry.idIndex())
			.param("hash", entry.idHash())
			.param("masked", entry.idMasked())
			.param("category", entry.category())
			.param("from", from)
			.param("to", to)
			.param("user", actor.userId())
			.param("unit", actor.unitId())
			.query(Long.class)
			.single();
		return find(actor.dataScope(), id).orElseThrow();
	}

	/** Revokes a valid card with a reason; the caller's version must be current. */
	@Transactional
	public GreenCardView revoke(Actor actor, long cardId, int version, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("reason", "请填写注销原因");
		}
		GreenCardView card = find(actor.dataScope(), cardId)
			.orElseThrow(() -> new NotFoundException("绿卡不存在或不在您的数据范围内：" + cardId));
		if (!"VALID".equals(card.status())) {
			throw new BusinessRuleException("status", "该绿卡已注销");
		}
		int updated = jdbc.sql("""
				UPDATE legal_aid_green_card SET status = 'REVOKED', revoke_reason = :reason, revoked_at = now(),
				  version = version + 1 WHERE id = :id AND version = :version AND status = 'VALID'""")
			.param("reason", reason.trim())
			.param("id", cardId)
			.param("version", version)
			.update();
		if (updated == 0) {
			throw new StateConflictException("version", "该绿卡已被他人修改，请刷新后重试");
		}
		return find(actor.dataScope(), cardId).orElseThrow();
	}

	public Optional<GreenCardView> find(DataScope scope, long id) {
		return jdbc.sql(SELECT + " WHERE g.id = :id AND g.unit_path LIKE :scope")
			.param("id", id)
			.param("scope", scope.pathPattern())
			.query(GreenCards::map)
			.optional();
	}

	public PageResult<GreenCardView> page(DataScope scope, CardFilter filter, PageRequestParams page) {
		SqlWhere where = where(scope, filter);
		long total = jdbc.sql("SELECT count(*) FROM legal_aid_green_card g WHERE " + where.sql())
			.params(where.params)
			.query(Long.class)
			.single();
		List<GreenCardView> rows = jdbc.sql(SELECT + " WHERE " + where.sql()
				+ " ORDER BY g.issued_at DESC, g.id DESC LIMIT :limit OFFSET :offset")
			.params(where.params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(GreenCards::map)
			.list();
		return new PageResult<>(rows, page.page(), page.size(), total);
	}

	public List<GreenCardView> all(DataScope scope, CardFilter filter, int cap) {
		SqlWhere where = where(scope, filter);
		return jdbc.sql(SELECT + " WHERE " + where.sql() + " ORDER BY g.id LIMIT :limit")
			.params(where.params)
			.param("limit", cap)
			.query(GreenCards::map)
			.list();
	}

	private static SqlWhere where(DataScope scope, CardFilter f) {
		SqlWhere w = new SqlWhere().and("g.unit_path LIKE :scope", "scope", scope.pathPattern());
		if (f != null && SqlWhere.hasText(f.q())) {
			w.and("(g.card_number = :number OR g.holder_name LIKE :q)", "q", SqlWhere.contains(f.q()));
			w.params.put("number", f.q().trim());
		}
		if (f != null && "valid".equals(f.status())) {
			w.and("g.status = 'VALID' AND g.valid_from <= :today AND g.valid_to >= :today", "today", LocalDate.now());
		}
		else if (f != null && "revoked".equals(f.status())) {
			w.and("g.status = 'REVOKED'", null, null);
		}
		else if (f != null && "expired".equals(f.status())) {
			w.and("g.status = 'VALID' AND g.valid_to < :today", "today", LocalDate.now());
		}
		return w;
	}

	private static GreenCardView map(ResultSet rs, int n) throws SQLException {
		return new GreenCardView(rs.getLong("id"), rs.getString("card_number"), rs.getString("holder_name"),
				rs.getString("id_masked"), rs.getString("category"), rs.getString("unit_name"), rs.getString("unit_phone"),
				rs.getDate("valid_from").toLocalDate(), rs.getDate("valid_to").toLocalDate(), rs.getString("status"),
				rs.getString("revoke_reason"), rs.getTimestamp("issued_at").toInstant(), rs.getInt("version"));
	}

	private record Entry(long id, String name, String idCipher, String idIndex, String idHash, String idMasked,
			String category, LocalDate validFrom, LocalDate validTo, String provinceCode) {
	}
}

package cn.legalaid.registry;

import java.time.LocalDate;
import java.util.Optional;

import cn.legalaid.eligibility.GreenCardRegistry;
import cn.legalaid.eligibility.IdNumbers;
import cn.legalaid.eligibility.RegistryEntry;
import cn.legalaid.eligibility.VulnerablePeopleRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The eligibility review's look-ups (《法律援助法》第四十二条第四项, local practice) answered from this module's
 * tables: a registry entry counts only when valid on the day (有效期起 ≤ day ≤ 有效期止), a green card only when not
 * revoked and valid on the day. Entries loaded into the older hash-only tables {@code vulnerable_person} and
 * {@code green_card} before this module existed still count, on the same terms as before.
 */
@Component
class RegistryLookups implements VulnerablePeopleRegistry, GreenCardRegistry {

	private final JdbcClient jdbc;

	RegistryLookups(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<RegistryEntry> entryOn(String idNumber, String provinceCode, LocalDate on) {
		if (idNumber == null || idNumber.isBlank() || provinceCode == null || on == null) {
			return Optional.empty();
		}
		String hash = IdNumbers.idHash(idNumber);
		Optional<RegistryEntry> entry = jdbc.sql("""
				SELECT source_body, category, valid_to FROM registry_person
				WHERE id_number_hash = :h AND province_code = :p AND valid_from <= :on AND (valid_to IS NULL OR valid_to >= :on)
				ORDER BY valid_to DESC NULLS FIRST LIMIT 1""")
			.param("h", hash)
			.param("p", provinceCode)
			.param("on", on)
			.query((rs, n) -> new RegistryEntry(rs.getString("source_body"), rs.getString("category"),
					rs.getDate("valid_to") == null ? null : rs.getDate("valid_to").toLocalDate()))
			.optional();
		if (entry.isPresent()) {
			return entry;
		}
		return jdbc.sql("""
				SELECT source, category FROM vulnerable_person
				WHERE id_number_hash = :h AND province_code = :p LIMIT 1""")
			.param("h", hash)
			.param("p", provinceCode)
			.param("on", on)
			.query((rs, n) -> new RegistryEntry(rs.getString("source"), rs.getString("category"), null))
			.optional();
	}

	/**
	 * A card valid on the day whose registry entry is valid that day too: a card issued from an entry exempts only
	 * while the entry does (the entry may have been shortened, or the card issued before cards were capped to it).
	 */
	@Override
	public Optional<String> validCardOn(String idNumber, LocalDate on) {
		if (idNumber == null || idNumber.isBlank() || on == null) {
			return Optional.empty();
		}
		String hash = IdNumbers.idHash(idNumber);
		Optional<String> card = jdbc.sql("""
				SELECT g.card_number FROM legal_aid_green_card g
				WHERE g.id_number_hash = :h AND g.status = 'VALID' AND g.valid_from <= :on AND g.valid_to >= :on
				  AND (g.registry_person_id IS NULL OR EXISTS (SELECT 1 FROM registry_person p
				    WHERE p.id = g.registry_person_id AND p.valid_from <= :on AND (p.valid_to IS NULL OR p.valid_to >= :on)))
				ORDER BY g.valid_to DESC LIMIT 1""")
			.param("h", hash)
			.param("on", on)
			.query(String.class)
			.optional();
		if (card.isPresent()) {
			return card;
		}
		return jdbc.sql("""
				SELECT '（早期登记，无卡号）' FROM green_card
				WHERE id_number_hash = :h AND valid_from <= :on AND (valid_to IS NULL OR valid_to >= :on) LIMIT 1""")
			.param("h", hash)
			.param("on", on)
			.query(String.class)
			.optional();
	}
}

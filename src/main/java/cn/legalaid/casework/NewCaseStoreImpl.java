package cn.legalaid.casework;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The intake insert of {@link NewCaseStore}. The columns are those a case can have at receipt; a test reads each new
 * case back through the repository and compares it field by field, so a field added to intake but not here fails it.
 */
class NewCaseStoreImpl implements NewCaseStore {

	private static final String INSERT_CASE = """
			INSERT INTO legal_aid_case (version, application_number, case_number, centre_id, centre_path, intake_unit_id,
			  entry, channel, status,
			  service_type, case_type, category, provincial_matter_code, cause, criminal_stage, handling_body,
			  handling_body_division, dispute_division, litigation, amount_at_stake, possible_life_or_death, group_matter,
			  client_count,
			  means_household_size, means_monthly_household_income, means_assistance_proofs, means_honesty_pledge_signed,
			  notification_body, notification_body_name, notification_reference, notification_idempotency_key,
			  notification_reason,
			  forwarding_kind, forwarding_forwarder_name, forwarding_applied_at,
			  materials_received, missing_materials, preferred_practitioner_id, preferred_practitioner_name,
			  received_at, created_by, updated_at)
			VALUES (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
			  ?, ?, ?, ?, ?, ?, ?)
			RETURNING id""";

	private static final String INSERT_PARTY = """
			INSERT INTO case_party (case_id, role, name, id_number_cipher, id_number_index, phone_cipher, phone_index,
			  address_cipher, birth_date, sex, household, monthly_income, protected_groups, disability_type,
			  organisation_name)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String INSERT_CLOCK = """
			INSERT INTO case_clock (case_id, rule_code, name, legal_basis, started_at, due_at, paused_at, stopped_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	NewCaseStoreImpl(JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@Override
	public LegalAidCase insertNew(LegalAidCase c) {
		if (c.getId() != null) {
			throw new IllegalArgumentException("case " + c.getId() + " is not new");
		}
		Long id = jdbc.execute((Connection con) -> {
			try (PreparedStatement ps = con.prepareStatement(INSERT_CASE)) {
				bindCase(ps, con, c);
				try (ResultSet rs = ps.executeQuery()) {
					rs.next();
					return rs.getLong(1);
				}
			}
		});
		c.inserted(id);
		jdbc.execute((Connection con) -> {
			try (PreparedStatement ps = con.prepareStatement(INSERT_PARTY)) {
				for (CaseParty p : c.getParties()) {
					bindParty(ps, con, id, p);
					ps.addBatch();
				}
				ps.executeBatch();
			}
			try (PreparedStatement ps = con.prepareStatement(INSERT_CLOCK)) {
				for (CaseClock k : c.getClocks()) {
					bindClock(ps, id, k);
					ps.addBatch();
				}
				ps.executeBatch();
			}
			return null;
		});
		c.timelineEvents().forEach(events::publishEvent);
		c.clearTimelineEvents();
		return c;
	}

	private static void bindCase(PreparedStatement ps, Connection con, LegalAidCase c) throws SQLException {
		int i = 0;
		ps.setString(++i, c.getApplicationNumber());
		ps.setString(++i, c.getCaseNumber());
		ps.setLong(++i, c.getCentreId());
		ps.setString(++i, c.getCentrePath());
		setLong(ps, ++i, c.getIntakeUnitId());
		setEnum(ps, ++i, c.getEntry());
		setEnum(ps, ++i, c.getChannel());
		setEnum(ps, ++i, c.getStatus());
		Matter m = c.getMatter();
		setEnum(ps, ++i, m == null ? null : m.serviceType());
		setEnum(ps, ++i, m == null ? null : m.caseType());
		setEnum(ps, ++i, m == null ? null : m.category());
		ps.setString(++i, m == null ? null : m.provincialMatterCode());
		ps.setString(++i, m == null ? null : m.cause());
		setEnum(ps, ++i, m == null ? null : m.criminalStage());
		ps.setString(++i, m == null ? null : m.handlingBody());
		ps.setString(++i, m == null ? null : m.handlingBodyDivision());
		ps.setString(++i, m == null ? null : m.disputeDivision());
		setBoolean(ps, ++i, m == null ? null : m.litigation());
		ps.setBigDecimal(++i, m == null ? null : m.amountAtStake());
		setBoolean(ps, ++i, m == null ? null : m.possibleLifeOrDeath());
		setBoolean(ps, ++i, m == null ? null : m.groupMatter());
		setInt(ps, ++i, m == null ? null : m.clientCount());
		MeansDeclaration means = c.getMeans();
		setInt(ps, ++i, means == null ? null : means.householdSize());
		ps.setBigDecimal(++i, means == null ? null : means.monthlyHouseholdIncome());
		ps.setArray(++i, textArray(con, means == null ? null : means.assistanceProofs()));
		setBoolean(ps, ++i, means == null ? null : means.honestyPledgeSigned());
		Notification n = c.getNotification();
		setEnum(ps, ++i, n == null ? null : n.body());
		ps.setString(++i, n == null ? null : n.bodyName());
		ps.setString(++i, n == null ? null : n.reference());
		ps.setString(++i, n == null ? null : n.idempotencyKey());
		ps.setString(++i, n == null ? null : n.reason());
		Forwarding f = c.getForwarding();
		setEnum(ps, ++i, f == null ? null : f.kind());
		ps.setString(++i, f == null ? null : f.forwarderName());
		setInstant(ps, ++i, f == null ? null : f.appliedAt());
		ps.setArray(++i, textArray(con, c.getMaterialsReceived()));
		ps.setArray(++i, c.getMissingMaterials().isEmpty() ? null : textArray(con, c.getMissingMaterials()));
		setLong(ps, ++i, c.getPreferredPractitionerId());
		ps.setString(++i, c.getPreferredPractitionerName());
		setInstant(ps, ++i, c.getReceivedAt());
		ps.setString(++i, c.getCreatedBy());
		setInstant(ps, ++i, c.getUpdatedAt());
	}

	private static void bindParty(PreparedStatement ps, Connection con, long caseId, CaseParty p) throws SQLException {
		int i = 0;
		ps.setLong(++i, caseId);
		setEnum(ps, ++i, p.role());
		ps.setString(++i, p.name());
		ps.setString(++i, p.idNumberCipher());
		ps.setString(++i, p.idNumberIndex());
		ps.setString(++i, p.phoneCipher());
		ps.setString(++i, p.phoneIndex());
		ps.setString(++i, p.addressCipher());
		LocalDate birth = p.birthDate();
		ps.setObject(++i, birth, Types.DATE);
		ps.setString(++i, p.sex());
		ps.setString(++i, p.household());
		BigDecimal income = p.monthlyIncome();
		ps.setBigDecimal(++i, income);
		ps.setArray(++i, textArray(con, p.protectedGroups()));
		ps.setString(++i, p.disabilityType());
		ps.setString(++i, p.organisationName());
	}

	private static void bindClock(PreparedStatement ps, long caseId, CaseClock k) throws SQLException {
		int i = 0;
		ps.setLong(++i, caseId);
		ps.setString(++i, k.ruleCode());
		ps.setString(++i, k.name());
		ps.setString(++i, k.legalBasis());
		setInstant(ps, ++i, k.startedAt());
		setInstant(ps, ++i, k.dueAt());
		setInstant(ps, ++i, k.pausedAt());
		setInstant(ps, ++i, k.stoppedAt());
	}

	private static Array textArray(Connection con, String[] values) throws SQLException {
		return values == null ? null : con.createArrayOf("text", values);
	}

	private static Array textArray(Connection con, List<String> values) throws SQLException {
		return con.createArrayOf("text", values.toArray());
	}

	private static void setEnum(PreparedStatement ps, int index, Enum<?> value) throws SQLException {
		ps.setString(index, value == null ? null : value.name());
	}

	private static void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
		ps.setTimestamp(index, value == null ? null : Timestamp.from(value));
	}

	private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
		ps.setObject(index, value, Types.BIGINT);
	}

	private static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
		ps.setObject(index, value, Types.INTEGER);
	}

	private static void setBoolean(PreparedStatement ps, int index, Boolean value) throws SQLException {
		ps.setObject(index, value, Types.BOOLEAN);
	}
}

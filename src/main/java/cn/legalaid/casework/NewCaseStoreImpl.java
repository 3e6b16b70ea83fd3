package cn.legalaid.casework;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The intake insert of {@link NewCaseStore}. The columns are those a case can have at receipt; a test reads each new
 * case back through the repository and compares it field by field, so a field added to intake but not here fails it.
 */
class NewCaseStoreImpl implements NewCaseStore {

	/**
	 * One statement, one round trip: the case, then its parties and clocks from parallel arrays (one array per
	 * column, all as text and cast here). Rows are inserted in the order they were given, so their ids, drawn from
	 * the sequences as the rows go in, ascend in that order: the statement answers them sorted, to be matched back.
	 */
	private static final String INSERT_CASE = """
			WITH new_case AS (
			  INSERT INTO legal_aid_case (version, application_number, public_reference, case_number, centre_id, centre_path, intake_unit_id,
			    entry, channel, status,
			    service_type, case_type, category, provincial_matter_code, cause, criminal_stage, handling_body,
			    handling_body_division, dispute_division, litigation, amount_at_stake, possible_life_or_death, group_matter,
			    client_count,
			    means_household_size, means_monthly_household_income, means_assistance_proofs, means_honesty_pledge_signed,
			    notification_body, notification_body_name, notification_reference, notification_idempotency_key,
			    notification_reason,
			    forwarding_kind, forwarding_forwarder_name, forwarding_applied_at,
			    materials_received, missing_materials, preferred_practitioner_id, preferred_practitioner_name,
			    received_at, created_by, updated_at, facts, proceeding_status, means_income_sources)
			  VALUES (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
			    ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			  RETURNING id),
			parties AS (
			  INSERT INTO case_party (case_id, role, name, id_number_cipher, id_number_index, phone_cipher, phone_index,
			    address_cipher, birth_date, sex, household, monthly_income, protected_groups, disability_type,
			    organisation_name, ethnicity)
			  SELECT new_case.id, p.role, p.name, p.id_number_cipher, p.id_number_index, p.phone_cipher, p.phone_index,
			    p.address_cipher, p.birth_date::date, p.sex, p.household, p.monthly_income::numeric,
			    string_to_array(p.protected_groups, ','), p.disability_type, p.organisation_name, p.ethnicity
			  FROM new_case, unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
			    ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) WITH ORDINALITY
			    AS p(role, name, id_number_cipher, id_number_index, phone_cipher, phone_index, address_cipher, birth_date,
			      sex, household, monthly_income, protected_groups, disability_type, organisation_name, ethnicity, position)
			  ORDER BY p.position
			  RETURNING id),
			clocks AS (
			  INSERT INTO case_clock (case_id, rule_code, name, legal_basis, started_at, due_at, paused_at, stopped_at)
			  SELECT new_case.id, k.rule_code, k.name, k.legal_basis, k.started_at::timestamptz, k.due_at::timestamptz,
			    k.paused_at::timestamptz, k.stopped_at::timestamptz
			  FROM new_case, unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
			    WITH ORDINALITY AS k(rule_code, name, legal_basis, started_at, due_at, paused_at, stopped_at, position)
			  ORDER BY k.position
			  RETURNING id)
			SELECT id, (SELECT array_agg(id ORDER BY id) FROM parties), (SELECT array_agg(id ORDER BY id) FROM clocks)
			FROM new_case""";

	/** The party arrays of the statement, in the order {@link #columnsOf(CaseParty)} gives them. */
	private static final int PARTY_COLUMNS = 15;

	/** The clock arrays of the statement, in the order {@link #columnsOf(CaseClock)} gives them. */
	private static final int CLOCK_COLUMNS = 7;

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
		List<CaseParty> parties = List.copyOf(c.getParties());
		List<CaseClock> clocks = List.copyOf(c.getClocks());
		Inserted ids = jdbc.execute((Connection con) -> {
			try (PreparedStatement ps = con.prepareStatement(INSERT_CASE)) {
				int next = bindCase(ps, con, c);
				next = bindColumns(ps, con, next, parties, PARTY_COLUMNS, NewCaseStoreImpl::columnsOf);
				bindColumns(ps, con, next, clocks, CLOCK_COLUMNS, NewCaseStoreImpl::columnsOf);
				try (ResultSet rs = ps.executeQuery()) {
					rs.next();
					return new Inserted(rs.getLong(1), ids(rs.getArray(2)), ids(rs.getArray(3)));
				}
			}
		});
		c.inserted(ids.caseId(), parties, ids.partyIds(), clocks, ids.clockIds());
		c.timelineEvents().forEach(events::publishEvent);
		c.clearTimelineEvents();
		return c;
	}

	/** The ids the statement drew: the case's, and its parties' and clocks' in the order they were bound. */
	private record Inserted(long caseId, List<Long> partyIds, List<Long> clockIds) {
	}

	private static List<Long> ids(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		Object[] values = (Object[]) array.getArray();
		return java.util.Arrays.stream(values).map(v -> ((Number) v).longValue()).toList();
	}

	/** Binds the case's columns; returns the index of the next parameter. */
	private static int bindCase(PreparedStatement ps, Connection con, LegalAidCase c) throws SQLException {
		int i = 0;
		ps.setString(++i, c.getApplicationNumber());
		ps.setString(++i, c.getPublicReference());
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
		ps.setString(++i, m == null ? null : m.facts());
		ps.setString(++i, m == null ? null : m.proceedingStatus());
		ps.setString(++i, means == null ? null : means.incomeSources());
		return i + 1;
	}

	/** A party's columns in the order of the statement's party arrays, as text. */
	private static String[] columnsOf(CaseParty p) {
		return new String[] { p.role() == null ? null : p.role().name(), p.name(), p.idNumberCipher(),
				p.idNumberIndex(), p.phoneCipher(), p.phoneIndex(), p.addressCipher(),
				p.birthDate() == null ? null : p.birthDate().toString(), p.sex(), p.household(),
				p.monthlyIncome() == null ? null : p.monthlyIncome().toPlainString(), joined(p.protectedGroups()),
				p.disabilityType(), p.organisationName(), p.ethnicity() };
	}

	/** A clock's columns in the order of the statement's clock arrays, as text. */
	private static String[] columnsOf(CaseClock k) {
		return new String[] { k.ruleCode(), k.name(), k.legalBasis(), text(k.startedAt()), text(k.dueAt()),
				text(k.pausedAt()), text(k.stoppedAt()) };
	}

	/**
	 * Binds rows as one text array per column, starting at parameter {@code first}; returns the index of the next
	 * parameter.
	 */
	private static <T> int bindColumns(PreparedStatement ps, Connection con, int first, List<T> rows, int width,
			Function<T, String[]> columnsOfRow) throws SQLException {
		String[][] columns = new String[width][rows.size()];
		for (int row = 0; row < rows.size(); row++) {
			String[] values = columnsOfRow.apply(rows.get(row));
			for (int column = 0; column < width; column++) {
				columns[column][row] = values[column];
			}
		}
		int i = first;
		for (String[] column : columns) {
			ps.setArray(i++, con.createArrayOf("text", column));
		}
		return i;
	}

	/** A protected-groups array as the text that {@code string_to_array(…, ',')} turns back into it. */
	private static String joined(String[] values) {
		if (values == null) {
			return null;
		}
		for (String value : values) {
			if (value.indexOf(',') >= 0) {
				throw new IllegalArgumentException("a protected group code has a comma: " + value);
			}
		}
		return String.join(",", values);
	}

	private static String text(Instant value) {
		return value == null ? null : value.toString();
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

	/** As an offset date-time, which the driver writes without the calendar arithmetic a {@code Timestamp} takes. */
	private static void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
		ps.setObject(index, value == null ? null : value.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
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

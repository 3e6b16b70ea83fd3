package cn.legalaid.consultation;

import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.legalaid.provider.PractitionerRef;
import cn.legalaid.provider.ProviderDirectory;
import cn.legalaid.shared.Actor;
import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.shared.NotFoundException;
import cn.legalaid.shared.StateConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rota (排班) of duty lawyers: which practitioner is on duty at which station on which half-day, and swaps
 * (换班) that record who swapped with whom and why. The slot keeps its original practitioner; each swap is a row of
 * its own, so nothing of the first plan is lost.
 */
@Service
@Transactional
public class DutyRota {

	private final JdbcClient jdbc;

	private final DutyStations stations;

	private final ProviderDirectory providers;

	DutyRota(JdbcClient jdbc, DutyStations stations, ProviderDirectory providers) {
		this.jdbc = jdbc;
		this.stations = stations;
		this.providers = providers;
	}

	/** Puts a practitioner of the station's county on duty for a half-day; a slot already planned is refused. */
	public Long schedule(Actor actor, String stationCode, LocalDate date, HalfDay halfDay, Long practitionerId) {
		DutyStation station = stations.visible(actor.dataScope(), stationCode);
		if (date == null || halfDay == null) {
			throw new BusinessRuleException("date", "请选择值班日期和时段");
		}
		PractitionerRef lawyer = eligible(station, practitionerId);
		try {
			return jdbc.sql("""
					INSERT INTO duty_rota (station_id, station_path, duty_date, half_day, original_practitioner_id,
					  practitioner_id, created_by) VALUES (:s, :path, :d, :h, :p, :p, :by) RETURNING id""")
				.param("s", station.id()).param("path", station.path()).param("d", Date.valueOf(date))
				.param("h", halfDay.name()).param("p", lawyer.id()).param("by", actor.username())
				.query(Long.class).single();
		}
		catch (DuplicateKeyException ex) {
			throw new BusinessRuleException("date", date + halfDay.labelZh() + "已排班，请用“换班”更换值班律师");
		}
	}

	/** 换班: another practitioner takes the slot; the version read guards against two swaps at once. */
	public void swap(Actor actor, Long slotId, int seenVersion, Long toPractitionerId, String reason) {
		RotaSlot slot = slot(slotId);
		DutyStation station = stations.byId(slot.stationId())
			.filter(s -> actor.dataScope().coversUnit(s.path()))
			.orElseThrow(() -> new NotFoundException("排班不存在"));
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("reason", "请填写换班原因");
		}
		if (reason.length() > 300) {
			throw new BusinessRuleException("reason", "换班原因不能超过300个字");
		}
		PractitionerRef to = eligible(station, toPractitionerId);
		if (to.id().equals(slot.practitionerId())) {
			throw new BusinessRuleException("practitionerId", "换班律师与当前值班律师相同");
		}
		int changed = jdbc.sql("""
				UPDATE duty_rota SET practitioner_id = :to, version = version + 1 WHERE id = :id AND version = :v""")
			.param("to", to.id()).param("id", slotId).param("v", seenVersion).update();
		if (changed == 0) {
			throw new StateConflictException("version", "该排班已被他人修改，请刷新后重试");
		}
		jdbc.sql("""
				INSERT INTO duty_swap (rota_id, from_practitioner, to_practitioner, reason, swapped_by)
				VALUES (:id, :from, :to, :reason, :by)""")
			.param("id", slotId).param("from", slot.practitionerId()).param("to", to.id())
			.param("reason", reason.trim()).param("by", actor.username()).update();
	}

	@Transactional(readOnly = true)
	public RotaSlot slot(Long id) {
		return week(null, id, null).stream().findFirst().orElseThrow(() -> new NotFoundException("排班不存在"));
	}

	/** The slots of a station in the week (Monday to Sunday) containing the day. */
	@Transactional(readOnly = true)
	public List<RotaSlot> week(DutyStation station, LocalDate day) {
		return week(station.id(), null, day.with(DayOfWeek.MONDAY));
	}

	/** Who is on duty at a station on a day and half-day, if planned. */
	@Transactional(readOnly = true)
	public java.util.Optional<RotaSlot> onDuty(DutyStation station, LocalDate day, HalfDay halfDay) {
		return week(station, day).stream().filter(s -> s.date().equals(day) && s.halfDay() == halfDay).findFirst();
	}

	List<PractitionerRef> candidates(DutyStation station) {
		return providers.activeInRegion(station.countyPath());
	}

	private PractitionerRef eligible(DutyStation station, Long practitionerId) {
		return providers.findPractitioner(practitionerId)
			.filter(PractitionerRef::isActive)
			.filter(p -> p.inRegion(station.countyPath()))
			.orElseThrow(() -> new BusinessRuleException("practitionerId", "请选择本地区在册的法律服务人员作为值班律师"));
	}

	private List<RotaSlot> week(Long stationId, Long slotId, LocalDate monday) {
		Map<Long, List<RotaSlot.Swap>> swaps = jdbc.sql("""
				SELECT s.rota_id, f.name AS from_name, t.name AS to_name, s.reason,
				  coalesce(u.display_name, s.swapped_by) AS swapped_by, s.swapped_at
				FROM duty_swap s JOIN duty_rota r ON r.id = s.rota_id
				LEFT JOIN staff_user u ON u.username = s.swapped_by
				JOIN practitioner f ON f.id = s.from_practitioner JOIN practitioner t ON t.id = s.to_practitioner
				WHERE (CAST(:slot AS BIGINT) IS NULL OR r.id = :slot) AND (CAST(:station AS BIGINT) IS NULL OR r.station_id = :station)
				  AND (CAST(:monday AS DATE) IS NULL OR r.duty_date BETWEEN :monday AND CAST(:monday AS DATE) + 6)
				ORDER BY s.id""")
			.param("slot", slotId).param("station", stationId).param("monday", monday == null ? null : Date.valueOf(monday))
			.query((rs, i) -> Map.entry(rs.getLong("rota_id"), new RotaSlot.Swap(rs.getString("from_name"),
					rs.getString("to_name"), rs.getString("reason"), rs.getString("swapped_by"),
					rs.getTimestamp("swapped_at").toInstant())))
			.list().stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return jdbc.sql("""
				SELECT r.*, o.name AS original_name, p.name AS current_name FROM duty_rota r
				JOIN practitioner o ON o.id = r.original_practitioner_id JOIN practitioner p ON p.id = r.practitioner_id
				WHERE (CAST(:slot AS BIGINT) IS NULL OR r.id = :slot) AND (CAST(:station AS BIGINT) IS NULL OR r.station_id = :station)
				  AND (CAST(:monday AS DATE) IS NULL OR r.duty_date BETWEEN :monday AND CAST(:monday AS DATE) + 6)
				ORDER BY r.duty_date, r.half_day""")
			.param("slot", slotId).param("station", stationId).param("monday", monday == null ? null : Date.valueOf(monday))
			.query((rs, i) -> new RotaSlot(rs.getLong("id"), rs.getLong("station_id"),
					rs.getDate("duty_date").toLocalDate(), HalfDay.valueOf(rs.getString("half_day")),
					rs.getLong("original_practitioner_id"), rs.getString("original_name"), rs.getLong("practitioner_id"),
					rs.getString("current_name"), rs.getInt("version"), swaps.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}
}

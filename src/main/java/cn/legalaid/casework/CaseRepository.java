package cn.legalaid.casework;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface CaseRepository extends CrudRepository<LegalAidCase, Long>, NewCaseStore {

	@Query("SELECT * FROM legal_aid_case WHERE notification_body_name = :body AND notification_idempotency_key = :key")
	Optional<LegalAidCase> findByIdempotencyKey(String body, String key);

	Optional<LegalAidCase> findByApplicationNumber(String applicationNumber);

	Optional<LegalAidCase> findByPublicReference(String publicReference);

	@Query("""
			SELECT c.id FROM legal_aid_case c JOIN case_clock k ON k.case_id = c.id
			WHERE c.status = 'AWAITING_MATERIALS' AND k.rule_code = 'SUPPLY_MATERIALS'
			  AND k.stopped_at IS NULL AND k.due_at < :now""")
	java.util.List<Long> findAwaitingMaterialsOverdue(java.time.Instant now);
}

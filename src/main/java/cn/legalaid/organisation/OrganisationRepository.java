package cn.legalaid.organisation;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface OrganisationRepository extends CrudRepository<Organisation, Long> {

	Optional<Organisation> findByCode(String code);

	@Query("SELECT count(*) FROM organisation WHERE parent_id = :parentId AND level = :level")
	int countChildren(Long parentId, String level);
}

package cn.legalaid.assignment;

import java.util.List;
import java.util.stream.Stream;

import cn.legalaid.provider.PractitionerRef;

/** Whether one practitioner may be assigned to a case: the qualification check and the conflict check. */
public record CandidateVetting(PractitionerRef practitioner, CandidateCheck qualification, CandidateCheck conflict) {

	public boolean allowed() {
		return refusals().isEmpty();
	}

	public List<CandidateCheck> refusals() {
		return Stream.of(qualification, conflict).filter(CandidateCheck::refused).toList();
	}

	/** E.g. "不能指派张三：死刑复核案件须指派具有三年以上…（依据：《法律援助法》第二十六条）". */
	public String refusalMessage() {
		return "不能指派" + practitioner.name() + "："
				+ String.join("；", refusals().stream().map(CandidateCheck::summary).toList());
	}
}

package cn.legalaid.provider;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What is registered about a practitioner (法律服务人员), from the form or the JSON API. Specialities and languages
 * may also be given as one text separated by commas or 、. On an update a {@code phone} of {@code null} keeps the
 * stored number; an empty one clears it. {@code version} is the version the editor read, ignored on registration.
 */
public record PractitionerDetails(
		@NotNull(message = "请选择人员类别") PractitionerKind kind,
		@NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名不能超过50个字") String name,
		@Pattern(regexp = "^$|^[男女]$", message = "性别只能填写男或女") String sex,
		@Size(max = 30, message = "电话不能超过30个字符")
		@Pattern(regexp = "^$|^[0-9+\\-() ]{5,30}$", message = "电话号码格式不正确") String phone,
		@Size(max = 60, message = "执业证号不能超过60个字符") String licenceNumber,
		@Min(value = 0, message = "执业年限不能为负数") @Max(value = 70, message = "执业年限不能超过70年") Integer yearsOfPractice,
		@Min(value = 0, message = "刑事辩护年限不能为负数") @Max(value = 70, message = "刑事辩护年限不能超过70年") Integer yearsCriminalDefence,
		@Size(max = 20, message = "专长最多填写20项") List<String> specialities,
		@Size(max = 10, message = "语言最多填写10项") List<String> languages,
		Boolean servesMinors,
		Long providerId,
		@NotBlank(message = "请选择所在地区") String regionCode,
		Integer version) {

	/** An empty form in the given region; a lawyer of the provider when one is given. */
	static PractitionerDetails blank(String regionCode, Long providerId) {
		return new PractitionerDetails(providerId == null ? null : PractitionerKind.LAWYER, "", "", "", "", 0, 0,
				List.of(), List.of("普通话"), false, providerId, regionCode, null);
	}

	static PractitionerDetails of(Practitioner p, String regionCode) {
		return new PractitionerDetails(p.getKind(), p.getName(), p.getSex(), p.getPhone(), p.getLicenceNumber(),
				p.getYearsOfPractice(), p.getYearsCriminalDefence(), p.getSpecialities(), p.getLanguages(),
				p.isServesMinors(), p.getProviderId(), regionCode, p.getVersion());
	}
}

package cn.legalaid.portal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.legalaid.casework.CriminalStage;
import cn.legalaid.eligibility.AssistanceProof;
import cn.legalaid.eligibility.CaseType;
import cn.legalaid.eligibility.MatterCategory;
import cn.legalaid.eligibility.ProtectedGroup;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;

/** The online application form as the person fills it in; every rule has a Chinese message next to its field. */
public class ApplicationForm {

	private String provinceCode;

	private String cityCode;

	@NotBlank(message = "请选择受理申请的法律援助机构")
	private String centreCode;

	@NotBlank(message = "请填写申请人姓名")
	@Size(max = 50, message = "姓名不能超过50个字")
	private String name;

	private String idNumber;

	@NotBlank(message = "请填写手机号码，用于接收验证码和办理进展")
	@Pattern(regexp = "^$|^1\\d{10}$", message = "手机号码应为以1开头的11位数字")
	private String phone;

	@NotBlank(message = "请填写住址")
	@Size(max = 300, message = "住址不能超过300个字")
	private String address;

	@Pattern(regexp = "^$|^(城镇|农村)$", message = "户籍类型应为“城镇”或“农村”")
	private String household;

	@NotNull(message = "请填写家庭人口数")
	@Min(value = 1, message = "家庭人口至少为1人")
	@Max(value = 30, message = "家庭人口数不正确，请核对")
	private Integer householdSize;

	@NotNull(message = "请填写家庭月收入（没有收入请填0）")
	@DecimalMin(value = "0", message = "家庭月收入不能为负数")
	@DecimalMax(value = "10000000", message = "家庭月收入数额过大，请核对")
	private BigDecimal monthlyHouseholdIncome;

	private Set<ProtectedGroup> protectedGroups = EnumSet.noneOf(ProtectedGroup.class);

	private Set<AssistanceProof> assistanceProofs = EnumSet.noneOf(AssistanceProof.class);

	@NotNull(message = "请选择案件类别")
	private CaseType caseType;

	@NotNull(message = "请选择申请事项")
	private MatterCategory category;

	private CriminalStage criminalStage;

	@NotBlank(message = "请简要说明您遇到的问题")
	@Size(max = 200, message = "事由说明不能超过200个字")
	private String description;

	@Size(max = 200, message = "办案机关名称不能超过200个字")
	private String handlingBody;

	@AssertTrue(message = "请阅读并勾选个人诚信承诺")
	private boolean honestyPledge;

	private MultipartFile idProof;

	private MultipartFile hardshipProof;

	private List<MultipartFile> evidence = new ArrayList<>();

	public String getProvinceCode() { return provinceCode; }
	public void setProvinceCode(String provinceCode) { this.provinceCode = provinceCode; }
	public String getCityCode() { return cityCode; }
	public void setCityCode(String cityCode) { this.cityCode = cityCode; }
	public String getCentreCode() { return centreCode; }
	public void setCentreCode(String centreCode) { this.centreCode = centreCode; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getIdNumber() { return idNumber; }
	public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
	public String getPhone() { return phone; }
	public void setPhone(String phone) { this.phone = phone; }
	public String getAddress() { return address; }
	public void setAddress(String address) { this.address = address; }
	public String getHousehold() { return household; }
	public void setHousehold(String household) { this.household = household; }
	public Integer getHouseholdSize() { return householdSize; }
	public void setHouseholdSize(Integer householdSize) { this.householdSize = householdSize; }
	public BigDecimal getMonthlyHouseholdIncome() { return monthlyHouseholdIncome; }
	public void setMonthlyHouseholdIncome(BigDecimal monthlyHouseholdIncome) { this.monthlyHouseholdIncome = monthlyHouseholdIncome; }
	public Set<ProtectedGroup> getProtectedGroups() { return protectedGroups; }
	public void setProtectedGroups(Set<ProtectedGroup> protectedGroups) { this.protectedGroups = protectedGroups; }
	public Set<AssistanceProof> getAssistanceProofs() { return assistanceProofs; }
	public void setAssistanceProofs(Set<AssistanceProof> assistanceProofs) { this.assistanceProofs = assistanceProofs; }
	public CaseType getCaseType() { return caseType; }
	public void setCaseType(CaseType caseType) { this.caseType = caseType; }
	public MatterCategory getCategory() { return category; }
	public void setCategory(MatterCategory category) { this.category = category; }
	public CriminalStage getCriminalStage() { return criminalStage; }
	public void setCriminalStage(CriminalStage criminalStage) { this.criminalStage = criminalStage; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public String getHandlingBody() { return handlingBody; }
	public void setHandlingBody(String handlingBody) { this.handlingBody = handlingBody; }
	public boolean isHonestyPledge() { return honestyPledge; }
	public void setHonestyPledge(boolean honestyPledge) { this.honestyPledge = honestyPledge; }
	public MultipartFile getIdProof() { return idProof; }
	public void setIdProof(MultipartFile idProof) { this.idProof = idProof; }
	public MultipartFile getHardshipProof() { return hardshipProof; }
	public void setHardshipProof(MultipartFile hardshipProof) { this.hardshipProof = hardshipProof; }
	public List<MultipartFile> getEvidence() { return evidence; }
	public void setEvidence(List<MultipartFile> evidence) { this.evidence = evidence; }
}

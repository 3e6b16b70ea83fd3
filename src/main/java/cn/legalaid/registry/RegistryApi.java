package cn.legalaid.registry;

import java.io.IOException;
import java.time.LocalDate;

import cn.legalaid.eligibility.GreenCardRegistry;
import cn.legalaid.eligibility.RegistryEntry;
import cn.legalaid.eligibility.VulnerablePeopleRegistry;
import cn.legalaid.shared.Actor;
import cn.legalaid.shared.Audited;
import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.shared.DataScope;
import cn.legalaid.shared.NotFoundException;
import cn.legalaid.shared.PageRequestParams;
import cn.legalaid.shared.PageResult;
import cn.legalaid.shared.ResidentIdNumber;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** JSON API of the registry of vulnerable people and green cards, limited to the caller's data scope. */
@RestController
@RequestMapping("/api/v1/registry")
@Tag(name = "困难群体与绿卡 Registry", description = "困难群体基本信息库批量导入、查询，法律援助绿卡发放与注销（《法律援助法》第四十二条第四项）")
class RegistryApi {

	private final RegistryImports imports;

	private final RegistryQueries queries;

	private final GreenCards cards;

	private final VulnerablePeopleRegistry registry;

	private final GreenCardRegistry greenCards;

	RegistryApi(RegistryImports imports, RegistryQueries queries, GreenCards cards, VulnerablePeopleRegistry registry,
			GreenCardRegistry greenCards) {
		this.imports = imports;
		this.queries = queries;
		this.cards = cards;
		this.registry = registry;
		this.greenCards = greenCards;
	}

	@PostMapping(path = "/batches", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('registry:import')")
	@Audited("导入困难群体信息")
	@Operation(summary = "批量导入困难群体信息", description = """
			上传 CSV（UTF-8 或 GBK，encoding=AUTO/UTF_8/GBK）或 Excel（.xlsx）文件，表头至少含 姓名、身份证号，可含 类别、有效期起、有效期止；
			行内未填的类别和有效期取本批次的 category、validFrom、validTo。逐行校验，合格行在一个事务中全部保存或全部不保存。
			默认同步导入并返回报告（201）；async=true 时立即返回批次（202），再用 GET /batches/{id} 查询进度与报告。""")
	ResponseEntity<BatchReport> importBatch(Actor actor, @RequestPart("file") MultipartFile file,
			@RequestParam String sourceBody, @RequestParam SourceKind sourceKind,
			@RequestParam(required = false) String category,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
			@RequestParam(defaultValue = "AUTO") FileEncoding encoding,
			@RequestParam(defaultValue = "false") boolean async) {
		RegistryImports.ImportRequest request = new RegistryImports.ImportRequest(file.getOriginalFilename(), bytes(file),
				encoding, sourceBody, sourceKind, category, validFrom, validTo);
		long id = async ? imports.submit(actor, request) : imports.importNow(actor, request);
		return ResponseEntity.status(async ? HttpStatus.ACCEPTED : HttpStatus.CREATED).body(report(actor.dataScope(), id));
	}

	@GetMapping("/batches/{id}")
	@PreAuthorize("hasAuthority('registry:view')")
	@Operation(summary = "查询导入批次的进度与报告", description = "总行数、合格数、不合格数，以及每个不合格行的行号与原因")
	BatchReport batch(DataScope scope, @PathVariable long id) {
		return report(scope, id);
	}

	@GetMapping("/people")
	@PreAuthorize("hasAuthority('registry:view')")
	@Operation(summary = "分页查询困难群体", description = "按姓名、来源类型、类别、是否今日有效过滤；身份证号已脱敏")
	PageResult<PersonView> people(DataScope scope, @RequestParam(required = false) String q,
			@RequestParam(required = false) SourceKind sourceKind, @RequestParam(required = false) String category,
			@RequestParam(required = false) String validity, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return queries.persons(scope, new PersonFilter(q, null, sourceKind, category, validity),
				PageRequestParams.of(page, size, null));
	}

	/** A look-up by ID number; the number goes in the body so that it never appears in access logs. */
	record LookupRequest(String idNumber, LocalDate on) {
	}

	record LookupResult(boolean exempt, RegistryEntry registryEntry, String greenCardNumber, String legalBasis) {
	}

	@PostMapping("/lookup")
	@PreAuthorize("hasAuthority('registry:view')")
	@Operation(summary = "按身份证号查询是否在库或持有效绿卡", description = "on 缺省为今日；在库且有效或持有效绿卡时 exempt=true，依据《法律援助法》第四十二条第四项")
	LookupResult lookup(DataScope scope, @RequestBody LookupRequest request) {
		String problem = ResidentIdNumber.problem(request.idNumber());
		if (problem != null) {
			throw new BusinessRuleException("idNumber", problem);
		}
		LocalDate on = request.on() == null ? LocalDate.now() : request.on();
		String province = RegistryUnit.provinceOf(scope.unitPath());
		RegistryEntry entry = registry.entryOn(request.idNumber(), province, on).orElse(null);
		String card = greenCards.validCardOn(request.idNumber(), on).orElse(null);
		boolean exempt = entry != null || card != null;
		return new LookupResult(exempt, entry, card, exempt ? "《法律援助法》第四十二条第四项" : null);
	}

	record IssueRequest(long registryPersonId, LocalDate validFrom, LocalDate validTo) {
	}

	@PostMapping("/green-cards")
	@PreAuthorize("hasAuthority('greencard:issue')")
	@Audited("发放法律援助绿卡")
	@Operation(summary = "发放法律援助绿卡", description = "向数据范围内的困难群体发卡；卡号按省份简称+LA+年份+6位序号生成，如 苏LA2026000123")
	ResponseEntity<GreenCardView> issue(Actor actor, @RequestBody IssueRequest request) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(cards.issue(actor, request.registryPersonId(), request.validFrom(), request.validTo()));
	}

	record RevokeRequest(int version, String reason) {
	}

	@PostMapping("/green-cards/{id}/revoke")
	@PreAuthorize("hasAuthority('greencard:issue')")
	@Audited("注销法律援助绿卡")
	@Operation(summary = "注销法律援助绿卡", description = "须填写原因和读取时的 version；他人已修改时返回 409")
	GreenCardView revoke(Actor actor, @PathVariable long id, @RequestBody RevokeRequest request) {
		return cards.revoke(actor, id, request.version(), request.reason());
	}

	@GetMapping("/green-cards")
	@PreAuthorize("hasAuthority('registry:view')")
	@Operation(summary = "分页查询法律援助绿卡", description = "q 为卡号或持卡人姓名；status 为 valid/revoked/expired")
	PageResult<GreenCardView> greenCards(DataScope scope, @RequestParam(required = false) String q,
			@RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return cards.page(scope, new GreenCards.CardFilter(q, status), PageRequestParams.of(page, size, null));
	}

	private BatchReport report(DataScope scope, long id) {
		BatchView batch = queries.batch(scope, id)
			.orElseThrow(() -> new NotFoundException("导入批次不存在或不在您的数据范围内：" + id));
		return new BatchReport(batch, queries.rejections(id));
	}

	static byte[] bytes(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new BusinessRuleException("file", "请选择要导入的文件");
		}
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new BusinessRuleException("file", "无法读取上传的文件");
		}
	}
}

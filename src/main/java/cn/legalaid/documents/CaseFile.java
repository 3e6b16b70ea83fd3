package cn.legalaid.documents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.legalaid.casework.CaseLookup;
import cn.legalaid.casework.CaseStatus;
import cn.legalaid.casework.CaseView;
import cn.legalaid.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * The electronic case file (卷宗): each required item of the approval and handling files in filing order with what
 * is in it (the newest version of each generated document and of each uploaded file) and whether it is present or
 * missing. Items that hold content but are not required (e.g. an extra notice) are listed after them.
 */
@Component
public class CaseFile implements cn.legalaid.casework.ApprovalFile {

	/** One entry of an item: a document version or a material, with what the export should do with it. */
	public record Entry(String kind, Long id, String title, String source, int version, String contentType) {

		public boolean isOffice() {
			cn.legalaid.shared.files.FileContent.Kind k = cn.legalaid.shared.files.FileContent.Kind.ofMimeType(contentType);
			return k != null && k.isOffice();
		}
	}

	/** One item of the file with its entries. */
	public record Item(int order, String code, String nameZh, String volume, boolean required, List<Entry> entries) {

		public boolean present() {
			return !entries.isEmpty();
		}
	}

	/** The whole file of a case. */
	public record View(Long caseId, String caseNumber, CaseStatus status, boolean readOnly, List<Item> items,
			String legalBasis) {

		public long missingCount() {
			return items.stream().filter(i -> i.required() && !i.present()).count();
		}
	}

	private final CaseLookup cases;

	private final CaseDocuments documents;

	private final CaseMaterialFiles materials;

	CaseFile(CaseLookup cases, CaseDocuments documents, CaseMaterialFiles materials) {
		this.cases = cases;
		this.documents = documents;
		this.materials = materials;
	}

	public View of(Actor actor, Long caseId) {
		CaseView c = cases.view(actor, caseId);
		Map<String, List<Entry>> byItem = new LinkedHashMap<>();
		documents.list(actor, caseId)
			.stream()
			.sorted(Comparator.comparing(CaseDocuments.GeneratedDocument::version).reversed())
			.filter(distinctBy(d -> d.type().name()))
			.sorted(Comparator.comparing(d -> d.type().ordinal()))
			.forEach(d -> byItem.computeIfAbsent(d.type().fills(), k -> new ArrayList<>())
				.add(new Entry("DOCUMENT", d.id(), d.typeName() + "（" + d.number() + "）", "GENERATED", d.version(),
						"application/pdf")));
		materials.list(caseId)
			.stream()
			.sorted(Comparator.comparing(CaseMaterialFiles.Material::version).reversed())
			.filter(distinctBy(m -> m.source() + "|" + m.itemCode() + "|" + m.fileName()))
			.sorted(Comparator.comparing(CaseMaterialFiles.Material::uploadedAt).thenComparing(CaseMaterialFiles.Material::id))
			.forEach(m -> byItem.computeIfAbsent(m.itemCode(), k -> new ArrayList<>())
				.add(new Entry("MATERIAL", m.id(), m.fileName(), m.source(), m.version(), m.contentType())));
		List<Item> items = new ArrayList<>();
		List<FileItem> required = FileItem.required(c);
		for (FileItem f : required) {
			items.add(new Item(items.size() + 1, f.code(), f.nameZh(), f.volume().labelZh(), true,
					List.copyOf(byItem.getOrDefault(f.code(), List.of()))));
		}
		FileItem.uploadable().values().stream()
			.filter(f -> required.stream().noneMatch(r -> r.code().equals(f.code())) && byItem.containsKey(f.code()))
			.forEach(f -> items.add(new Item(items.size() + 1, f.code(), f.nameZh(), f.volume().labelZh(), false,
					List.copyOf(byItem.get(f.code())))));
		return new View(caseId, c.caseNumber() != null ? c.caseNumber() : c.applicationNumber(), c.status(),
				c.status() == CaseStatus.ARCHIVED, List.copyOf(items), FileItem.LEGAL_BASIS);
	}

	/** The approval file's required items that hold nothing yet: the closing review archives only without any. */
	@Override
	public List<String> missingItems(Actor actor, Long caseId) {
		String approval = FileItem.Volume.APPROVAL.labelZh();
		return of(actor, caseId).items()
			.stream()
			.filter(i -> i.required() && !i.present() && approval.equals(i.volume()))
			.map(Item::nameZh)
			.toList();
	}

	private static <T> java.util.function.Predicate<T> distinctBy(java.util.function.Function<T, String> key) {
		java.util.Set<String> seen = new java.util.HashSet<>();
		return t -> seen.add(key.apply(t));
	}
}

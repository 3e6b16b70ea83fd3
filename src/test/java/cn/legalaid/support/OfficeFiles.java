package cn.legalaid.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Office files for upload tests: real ones written by POI, and ZIP bombs shaped like a Word document (a real
 * {@code [Content_Types].xml}, a {@code word/} part and one entry of gigabytes of zeros), written entry by entry so
 * that a bomb of 3 GiB costs milliseconds to build: 1 MiB of zeros is deflated once (ending on a sync flush, so the
 * block refers only to itself) and that block is repeated.
 */
public final class OfficeFiles {

	public static final String WORD_CONTENT_TYPES = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
			<Default Extension="xml" ContentType="application/xml"/>\
			<Override PartName="/word/document.xml" \
			ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""";

	private static final int MIB = 1024 * 1024;

	private OfficeFiles() {
	}

	/** A Word document written by POI. */
	public static byte[] docx(String text) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.createParagraph().createRun().setText(text);
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An Excel workbook written by POI. */
	public static byte[] xlsx(String cell) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			book.createSheet("表1").createRow(0).createCell(0).setCellValue(cell);
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A small Word-shaped ZIP written with ZipOutputStream (content types, one document part). */
	/** Entries carry a fixed time, so that the same document is the same bytes whenever it is made. */
	private static ZipEntry fixedTime(ZipEntry entry) {
		entry.setTime(946_684_800_000L);
		return entry;
	}

	public static byte[] minimalDocx() {
		return zip(WORD_CONTENT_TYPES, "word/document.xml");
	}

	/** A ZIP written with ZipOutputStream holding the given content types and one (empty-ish) part. */
	public static byte[] zip(String contentTypes, String part) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(fixedTime(new ZipEntry("[Content_Types].xml")));
			zip.write(contentTypes.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(fixedTime(new ZipEntry(part)));
			zip.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"
				.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A Word-shaped ZIP whose {@code word/media/image1.png} inflates to {@code mebibytes} MiB of zeros (honest headers). */
	public static byte[] bomb(int mebibytes) {
		byte[] zeros = deflatedZeros(mebibytes);
		ZipWriter zip = new ZipWriter();
		zip.stored("[Content_Types].xml", WORD_CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
		zip.stored("word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8));
		zip.deflated("word/media/image1.png", zeros, crcOfZeros(mebibytes), (long) mebibytes * MIB, zeros.length);
		return zip.finish();
	}

	/**
	 * A Word-shaped ZIP whose {@code [Content_Types].xml} declares 300 bytes (and a ratio of 1) but holds a deflate
	 * stream of {@code mebibytes} MiB of zeros: only a bounded read finds out.
	 */
	public static byte[] lyingBomb(int mebibytes) {
		byte[] zeros = deflatedZeros(mebibytes);
		ZipWriter zip = new ZipWriter();
		zip.deflated("[Content_Types].xml", zeros, 0, 300, 300);
		zip.stored("word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8));
		return zip.finish();
	}

	/** A ZIP of {@code count} empty entries. */
	public static byte[] manyEntries(int count) {
		ZipWriter zip = new ZipWriter();
		for (int i = 0; i < count; i++) {
			zip.stored("word/part" + i + ".xml", new byte[0]);
		}
		return zip.finish();
	}

	/** A raw deflate stream of {@code mebibytes} MiB of zeros, ending with an empty final block. */
	private static byte[] deflatedZeros(int mebibytes) {
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
		deflater.setInput(new byte[MIB]);
		ByteArrayOutputStream block = new ByteArrayOutputStream();
		byte[] buffer = new byte[64 * 1024];
		while (!deflater.needsInput()) {
			block.write(buffer, 0, deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH));
		}
		int n;
		while ((n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH)) > 0) {
			block.write(buffer, 0, n);
		}
		deflater.end();
		byte[] one = block.toByteArray();
		ByteArrayOutputStream out = new ByteArrayOutputStream(one.length * mebibytes + 2);
		for (int i = 0; i < mebibytes; i++) {
			out.write(one, 0, one.length);
		}
		out.write(0x03); // final, fixed Huffman, end of block at once
		out.write(0x00);
		return out.toByteArray();
	}

	private static long crcOfZeros(int mebibytes) {
		CRC32 crc = new CRC32();
		byte[] zeros = new byte[MIB];
		for (int i = 0; i < mebibytes; i++) {
			crc.update(zeros);
		}
		return crc.getValue();
	}

	/** Writes local headers, data and the central directory of a ZIP below 4 GiB per entry (no ZIP64). */
	private static final class ZipWriter {

		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		private final ByteArrayOutputStream directory = new ByteArrayOutputStream();

		private int count;

		void stored(String name, byte[] data) {
			CRC32 crc = new CRC32();
			crc.update(data);
			entry(name, 0, data, crc.getValue(), data.length, data.length);
		}

		void deflated(String name, byte[] data, long crc, long size, long compressedSize) {
			entry(name, 8, data, crc, size, compressedSize);
		}

		private void entry(String name, int method, byte[] data, long crc, long size, long compressedSize) {
			byte[] n = name.getBytes(StandardCharsets.UTF_8);
			int offset = out.size();
			int32(out, 0x04034b50);
			int16(out, 20);
			int16(out, 0x800);
			int16(out, method);
			int32(out, 0); // time and date
			int32(out, (int) crc);
			int32(out, (int) compressedSize);
			int32(out, (int) size);
			int16(out, n.length);
			int16(out, 0);
			out.writeBytes(n);
			out.writeBytes(data);
			int32(directory, 0x02014b50);
			int16(directory, 20);
			int16(directory, 20);
			int16(directory, 0x800);
			int16(directory, method);
			int32(directory, 0);
			int32(directory, (int) crc);
			int32(directory, (int) compressedSize);
			int32(directory, (int) size);
			int16(directory, n.length);
			int16(directory, 0);
			int16(directory, 0);
			int16(directory, 0);
			int16(directory, 0);
			int32(directory, 0);
			int32(directory, offset);
			directory.writeBytes(n);
			count++;
		}

		byte[] finish() {
			int directoryOffset = out.size();
			byte[] d = directory.toByteArray();
			out.writeBytes(d);
			int32(out, 0x06054b50);
			int16(out, 0);
			int16(out, 0);
			int16(out, count);
			int16(out, count);
			int32(out, d.length);
			int32(out, directoryOffset);
			int16(out, 0);
			return out.toByteArray();
		}

		private static void int16(ByteArrayOutputStream o, int v) {
			o.write(v & 0xFF);
			o.write(v >>> 8 & 0xFF);
		}

		private static void int32(ByteArrayOutputStream o, int v) {
			int16(o, v & 0xFFFF);
			int16(o, v >>> 16 & 0xFFFF);
		}
	}
}

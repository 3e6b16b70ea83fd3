package cn.legalaid.shared.files;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The central directory of a ZIP archive held in memory, read without inflating anything: for each entry its name,
 * method and declared sizes. {@link #read(Entry, int)} inflates one entry through a bound, so an archive that lies
 * about its sizes costs at most that bound. ZIP64 records are understood; anything malformed is
 * {@link Malformed}.
 */
final class ZipDirectory {

	static final int STORED = 0;

	static final int DEFLATED = 8;

	private static final int END_SIGNATURE = 0x06054b50;

	private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;

	private static final int ZIP64_END_SIGNATURE = 0x06064b50;

	private static final int ENTRY_SIGNATURE = 0x02014b50;

	private static final int LOCAL_SIGNATURE = 0x04034b50;

	private static final long U32_MAX = 0xFFFFFFFFL;

	/** One entry as the central directory declares it. */
	record Entry(String name, int method, boolean encrypted, long compressedSize, long size, long localOffset) {
	}

	/** The archive is not a well-formed ZIP (truncated, inconsistent offsets, several disks). */
	static final class Malformed extends Exception {

		Malformed(String message) {
			super(message, null, false, false);
		}
	}

	/** The archive declares more entries than the caller allows; nothing past the count was read. */
	static final class TooManyEntries extends Exception {

		final long count;

		TooManyEntries(long count) {
			super(null, null, false, false);
			this.count = count;
		}
	}

	private final byte[] zip;

	private final List<Entry> entries;

	private ZipDirectory(byte[] zip, List<Entry> entries) {
		this.zip = zip;
		this.entries = entries;
	}

	List<Entry> entries() {
		return entries;
	}

	/** Reads the directory; refuses before reading any entry when it declares more than {@code maxEntries}. */
	static ZipDirectory of(byte[] zip, int maxEntries) throws Malformed, TooManyEntries {
		int end = findEnd(zip);
		long count = u16(zip, end + 10);
		long directorySize = u32(zip, end + 12);
		long directoryOffset = u32(zip, end + 16);
		if (u16(zip, end + 4) != 0 || u16(zip, end + 6) != 0 || u16(zip, end + 8) != count) {
			throw new Malformed("split archive");
		}
		if (count == 0xFFFF || directorySize == U32_MAX || directoryOffset == U32_MAX) {
			int locator = end - 20;
			if (locator < 0 || i32(zip, locator) != ZIP64_LOCATOR_SIGNATURE) {
				throw new Malformed("no zip64 locator");
			}
			long zip64End = u64(zip, locator + 8);
			if (zip64End < 0 || zip64End > locator - 56 || i32(zip, (int) zip64End) != ZIP64_END_SIGNATURE) {
				throw new Malformed("bad zip64 end record");
			}
			count = u64(zip, (int) zip64End + 32);
			directorySize = u64(zip, (int) zip64End + 40);
			directoryOffset = u64(zip, (int) zip64End + 48);
		}
		if (count < 0 || count > maxEntries) {
			throw new TooManyEntries(count);
		}
		if (directoryOffset < 0 || directorySize < 0 || directorySize > end || directoryOffset > end - directorySize) {
			throw new Malformed("directory outside the archive");
		}
		List<Entry> entries = new ArrayList<>((int) count);
		int p = (int) directoryOffset;
		int limit = (int) (directoryOffset + directorySize);
		for (long i = 0; i < count; i++) {
			require(p + 46 <= limit && i32(zip, p) == ENTRY_SIGNATURE, "bad directory entry");
			int flags = u16(zip, p + 8);
			int method = u16(zip, p + 10);
			long compressed = u32(zip, p + 20);
			long size = u32(zip, p + 24);
			int nameLength = u16(zip, p + 28);
			int extraLength = u16(zip, p + 30);
			int commentLength = u16(zip, p + 32);
			long offset = u32(zip, p + 42);
			int next = p + 46 + nameLength + extraLength + commentLength;
			require(next <= limit, "directory entry overruns the directory");
			String name = new String(zip, p + 46, nameLength,
					(flags & 0x800) != 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
			int extra = p + 46 + nameLength;
			long[] zip64 = zip64Values(zip, extra, extra + extraLength, size == U32_MAX, compressed == U32_MAX,
					offset == U32_MAX);
			if (zip64 != null) {
				size = zip64[0] >= 0 ? zip64[0] : size;
				compressed = zip64[1] >= 0 ? zip64[1] : compressed;
				offset = zip64[2] >= 0 ? zip64[2] : offset;
			}
			require(size >= 0 && compressed >= 0 && offset >= 0 && offset <= directoryOffset - 30,
					"entry outside the archive");
			entries.add(new Entry(name, method, (flags & 1) != 0, compressed, size, offset));
			p = next;
		}
		return new ZipDirectory(zip, entries);
	}

	/**
	 * The entry's bytes, inflating at most {@code maxBytes} of output; null when the entry (truly) holds more, or
	 * when its data is not what the directory declares.
	 */
	byte[] read(Entry entry, int maxBytes) throws Malformed {
		int local = (int) entry.localOffset();
		require(i32(zip, local) == LOCAL_SIGNATURE, "bad local header");
		long start = local + 30L + u16(zip, local + 26) + u16(zip, local + 28);
		require(entry.compressedSize() <= zip.length - start, "entry data outside the archive");
		if (entry.size() > maxBytes) {
			return null;
		}
		if (entry.method() == STORED) {
			require(entry.compressedSize() == entry.size(), "stored entry with two sizes");
			byte[] out = new byte[(int) entry.size()];
			System.arraycopy(zip, (int) start, out, 0, out.length);
			return out;
		}
		require(entry.method() == DEFLATED, "unsupported method");
		Inflater inflater = new Inflater(true);
		try {
			inflater.setInput(zip, (int) start, (int) entry.compressedSize());
			byte[] out = new byte[(int) entry.size() + 1];
			int n = 0;
			while (!inflater.finished() && n < out.length) {
				int got = inflater.inflate(out, n, out.length - n);
				if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
					break;
				}
				n += got;
			}
			// more output than declared, or less: the directory lied
			return inflater.finished() && n == entry.size() ? Arrays.copyOf(out, n) : null;
		}
		catch (DataFormatException ex) {
			throw new Malformed("bad deflate data");
		}
		finally {
			inflater.end();
		}
	}

	private static int findEnd(byte[] zip) throws Malformed {
		for (int p = zip.length - 22; p >= Math.max(0, zip.length - 22 - 0xFFFF); p--) {
			if (i32(zip, p) == END_SIGNATURE && p + 22 + u16(zip, p + 20) == zip.length) {
				return p;
			}
		}
		throw new Malformed("no end of central directory");
	}

	/** The ZIP64 extended information (header 0x0001): size, compressed size, offset, each -1 when not present. */
	private static long[] zip64Values(byte[] zip, int from, int to, boolean size, boolean compressed, boolean offset)
			throws Malformed {
		if (!size && !compressed && !offset) {
			return null;
		}
		for (int p = from; p + 4 <= to;) {
			int id = u16(zip, p);
			int length = u16(zip, p + 2);
			if (id == 1) {
				long[] values = { -1, -1, -1 };
				int q = p + 4;
				boolean[] present = { size, compressed, offset };
				for (int i = 0; i < 3; i++) {
					if (present[i]) {
						require(q + 8 <= p + 4 + length, "short zip64 field");
						values[i] = u64(zip, q);
						q += 8;
					}
				}
				return values;
			}
			p += 4 + length;
		}
		throw new Malformed("zip64 values missing");
	}

	private static void require(boolean condition, String problem) throws Malformed {
		if (!condition) {
			throw new Malformed(problem);
		}
	}

	private static int u16(byte[] b, int p) throws Malformed {
		require(p >= 0 && p + 2 <= b.length, "truncated");
		return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8;
	}

	private static int i32(byte[] b, int p) throws Malformed {
		require(p >= 0 && p + 4 <= b.length, "truncated");
		return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 | (b[p + 2] & 0xFF) << 16 | (b[p + 3] & 0xFF) << 24;
	}

	private static long u32(byte[] b, int p) throws Malformed {
		return i32(b, p) & U32_MAX;
	}

	/** An unsigned 64-bit value; beyond Long.MAX_VALUE it is negative, which every caller refuses. */
	private static long u64(byte[] b, int p) throws Malformed {
		return u32(b, p) | u32(b, p + 4) << 32;
	}
}

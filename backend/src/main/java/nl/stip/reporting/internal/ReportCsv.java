package nl.stip.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import nl.stip.reporting.ReportPart;
import nl.stip.reporting.ReportPart.ReportTable;

/**
 * The report's tables as CSV, one file per table ({@code part-table.csv}, ";"-separated as Dutch spreadsheets expect,
 * numbers as the report shows them), zipped. Entries carry the round's closing time, so the same data give the same bytes.
 */
final class ReportCsv {

    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

    private ReportCsv() {
    }

    static byte[] zip(Report report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FileTime time = FileTime.from(report.closedAt() == null ? Instant.EPOCH : report.closedAt());
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (ReportPart part : report.parts()) {
                for (ReportTable table : part.tables()) {
                    ZipEntry entry = new ZipEntry(part.id() + "-" + table.id() + ".csv");
                    entry.setLastModifiedTime(time);
                    entry.setCreationTime(time);
                    entry.setLastAccessTime(time);
                    entry.setTime(time.toMillis());
                    zip.putNextEntry(entry);
                    Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                    CSVPrinter csv = new CSVPrinter(writer, FORMAT);
                    csv.printRecord(table.columns());
                    for (var row : table.rows()) {
                        csv.printRecord(row);
                    }
                    csv.flush();
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}

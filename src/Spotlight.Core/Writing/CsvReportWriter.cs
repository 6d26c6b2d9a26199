using CsvHelper;
using Spotlight.Model;

namespace Spotlight.Writing;

/// <summary>
/// One flat table as CSV (RFC 4180, UTF-8, CRLF), one header for any number of reports, the <c>file</c>
/// column telling them apart. Fields a spreadsheet would run as a formula are escaped unless asked not to.
/// </summary>
public sealed class CsvReportWriter(CsvTable table, bool byteOrderMark = false, bool sanitize = true) : IReportWriter
{
    public IReportOutput Open(Stream output, bool many) => new Output(output, many, table, new CsvWriterOptions
    {
        NewLine = "\r\n",
        WriteByteOrderMark = byteOrderMark,
        Injection = sanitize ? CsvInjection.Escape : CsvInjection.None,
    });

    private sealed class Output : IReportOutput
    {
        private readonly CsvWriter _csv;
        private readonly CsvTable _table;
        private readonly bool _many;
        private bool _headerWritten;

        public Output(Stream stream, bool many, CsvTable table, CsvWriterOptions options)
        {
            _table = table;
            _many = many;
            _csv = CsvWriter.Create(stream, options, leaveOpen: true);
        }

        public void Write(ReportTree document)
        {
            WriteHeaderOnce();
            foreach (var row in CsvRows.Of(document, _table))
            {
                foreach (var field in row)
                    _csv.WriteField(field ?? "");
                _csv.EndRecord();
            }
            _csv.Flush();
        }

        private void WriteHeaderOnce()
        {
            if (_headerWritten)
                return;
            _csv.WriteHeader(CsvRows.Header(_table));
            _headerWritten = true;
        }

        public void Dispose()
        {
            // A batch in which every input failed still gives the header, so the table has its shape.
            if (_many)
                WriteHeaderOnce();
            _csv.Flush();
            _csv.Dispose();
        }
    }
}

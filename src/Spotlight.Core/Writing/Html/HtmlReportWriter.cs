using System.Text;
using Spotlight.Model;

namespace Spotlight.Writing.Html;

/// <summary>
/// The tree as a page to read: one self-contained HTML document per report, the dates and sources marked in the text.
/// Many reports in one output make one page of many articles, each with ids of its own.
/// </summary>
public sealed class HtmlReportWriter : IReportWriter
{
    public IReportOutput Open(Stream output, bool many) => new Output(output, many);

    private sealed class Output(Stream stream, bool many) : IReportOutput
    {
        /// <summary>What the page holds is written out past this many characters, so that a large report is not held twice.</summary>
        private const int SpillAt = 32 * 1024;

        private readonly StreamWriter _text = new(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024, leaveOpen: true) { NewLine = "\n" };
        private readonly StringBuilder _page = new();
        private int _reports;

        public void Write(ReportTree document)
        {
            if (_reports > 0 && !many)
                throw new InvalidOperationException("a single-report output takes one report");
            if (_reports == 0)
                HtmlPage.AppendHead(_page, many ? "Reports" : ReportArticle.Title(document));
            _reports++;
            ReportArticle.Append(_page, document, many ? $"r{_reports}-" : "", Spill);
            Drain();
        }

        private void Spill()
        {
            if (_page.Length >= SpillAt)
                Drain();
        }

        private void Drain()
        {
            foreach (var chunk in _page.GetChunks())
                _text.Write(chunk.Span);
            _page.Clear();
        }

        public void Dispose()
        {
            if (_reports == 0 && many)
            {
                HtmlPage.AppendHead(_page, "Reports");
                _page.Append("<p class=\"empty\">No report was converted.</p>\n");
            }
            if (_reports > 0 || many)
                HtmlPage.AppendFoot(_page);
            Drain();
            _text.Flush();
            _text.Dispose();
            stream.Flush();
        }
    }
}

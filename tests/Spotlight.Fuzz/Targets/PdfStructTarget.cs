namespace Spotlight.Fuzz;

/// <summary>
/// The bytes as a recipe for a PDF (see <see cref="PdfFromRecipe"/>), and the PDF through everything the pdf
/// target does with its bytes: structures random mutation never reaches, held to the same answer, a tree or a
/// read error. The fuzzer's time limit catches a loop, and the heap limit fuzz.sh sets a runaway allocation.
/// </summary>
public sealed class PdfStructTarget : Target
{
    private readonly ReaderTarget _pdf = new("pdf");

    public static byte[] Pdf(byte[] recipe) => PdfFromRecipe.Build(recipe);

    public override void Run(byte[] bytes) => _pdf.Run(Pdf(bytes));
}

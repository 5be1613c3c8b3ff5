using ActorGraph.Extraction;
using ActorGraph.Extraction.Knowledge;

namespace ActorGraph.Cli;

/// <summary>Loads the extraction knowledge for a command, turning bad knowledge files into one clear error line.</summary>
internal static class Extractors
{
    /// <summary>An extractor over the shipped knowledge plus extra gazetteers, or null after printing why it could not load.</summary>
    public static EventExtractor? Create(IEnumerable<string>? extraGazetteers, string? syntaxModel = null)
    {
        try
        {
            return new EventExtractor(ExtractionKnowledge.Load(extraGazetteers, syntaxModel));
        }
        catch (Exception e) when (e is GazetteerFormatException or IOException or UnauthorizedAccessException or ActorGraph.Syntax.Model.SyntaxModelException)
        {
            Console.Error.WriteLine($"error: {TerminalText.Safe(e.Message)}");
            return null;
        }
    }
}

using ActorGraph.Syntax.Lemmas;
using ActorGraph.Syntax.Model;
using ActorGraph.Syntax.Parsing;
using ActorGraph.Syntax.Tagging;
using ActorGraph.Syntax.Text;

namespace ActorGraph.Syntax;

/// <summary>A trained tagger, lemmatizer and dependency parser. Immutable once loaded: one instance serves any
/// number of threads at once.</summary>
public sealed class SyntaxModel
{
    internal const ulong RootTag = 0xFFFF;
    internal static readonly ulong RootWord = Learning.FeatureHash.Of("<ROOT>");

    [ThreadStatic]
    private static ParserState? scratch;

    internal SyntaxModel(string summary, Tagger tagger, Lemmatizer lemmatizer, Parser parser)
    {
        Summary = summary;
        Tagger = tagger;
        Lemmatizer = lemmatizer;
        Parser = parser;
    }

    /// <summary>Where the shipped model sits beside the binaries (graph-seeds/models/en-ewt.syntax).</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "graph-seeds", "models", DefaultFileName);

    /// <summary>The file name of the shipped model.</summary>
    public const string DefaultFileName = "en-ewt.syntax";

    /// <summary>Loads the shipped model from <see cref="DefaultPath"/>.</summary>
    public static SyntaxModel LoadDefault() => Load(DefaultPath);

    /// <summary>What the model was trained on and how it scored on the development set.</summary>
    public string Summary { get; }

    internal Tagger Tagger { get; }

    internal Lemmatizer Lemmatizer { get; }

    internal Parser Parser { get; }

    /// <summary>The UD relations the parser assigns.</summary>
    public IReadOnlyList<string> Relations => Parser.Transitions.Labels;

    /// <summary>Loads a model file; a missing, foreign, truncated or corrupt file throws <see cref="SyntaxModelException"/> naming it.</summary>
    public static SyntaxModel Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new SyntaxModelException(path, "no such model file");
        }

        var (summary, tagger, lemmatizer, parser) = ModelFile.Read(path, ModelSerializer.Read);
        return new SyntaxModel(summary, tagger, lemmatizer, parser);
    }

    /// <summary>Writes the model file (the same model always gives the same bytes).</summary>
    public void Save(string path) => ModelFile.Write(path, writer => ModelSerializer.Write(writer, Summary, Tagger, Lemmatizer, Parser));

    /// <summary>Splits text into sentences and parses each; token offsets are into <paramref name="text"/>.</summary>
    public IReadOnlyList<ParsedSentence> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. Tokenizer.Sentences(text).Select(tokens => Analyze(text, tokens))];
    }

    /// <summary>Parses text as one sentence, whatever full stops it holds; token offsets are into <paramref name="sentence"/>.</summary>
    public ParsedSentence ParseSentence(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return Analyze(sentence, Tokenizer.Tokens(sentence));
    }

    /// <summary>Parses one sentence already split into words; offsets are into the words joined by single spaces.</summary>
    public ParsedSentence ParseWords(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var tokens = new TextToken[words.Count];
        var offset = 0;
        for (var i = 0; i < words.Count; i++)
        {
            tokens[i] = new TextToken(words[i], offset, offset + words[i].Length);
            offset += words[i].Length + 1;
        }

        return Analyze(string.Join(' ', words), tokens);
    }

    /// <summary>Parses one sentence given as tokens of <paramref name="text"/> (offsets into it).</summary>
    public ParsedSentence ParseTokens(string text, IReadOnlyList<TextToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        return Analyze(text, tokens);
    }

    private ParsedSentence Analyze(string text, IReadOnlyList<TextToken> tokens)
    {
        var n = tokens.Count;
        if (n == 0)
        {
            return new ParsedSentence(string.Empty, 0, []);
        }

        var words = new string[n];
        for (var i = 0; i < n; i++)
        {
            words[i] = tokens[i].Text;
        }

        var padded = Tagger.Pad(words);
        var classes = new int[n];
        Tagger.Tag(padded, words, classes);
        var parserWords = new ulong[n + 1];
        var parserTags = new ulong[n + 1];
        parserWords[0] = RootWord;
        parserTags[0] = RootTag;
        for (var i = 0; i < n; i++)
        {
            parserWords[i + 1] = padded[i + 2].Lower;
            parserTags[i + 1] = (ulong)classes[i] + 1;
        }

        var heads = new int[n + 1];
        var labels = new int[n + 1];
        Parser.Parse(scratch ??= new ParserState(), parserWords, parserTags, n, heads, labels);
        var result = new SyntaxToken[n];
        var tags = Tagger.Tags;
        for (var i = 0; i < n; i++)
        {
            var xpos = tags.Xpos[classes[i]];
            result[i] = new SyntaxToken(
                i, tokens[i].Text, tokens[i].Start, tokens[i].End, Lemmatizer.Lemmatize(tokens[i].Text, xpos),
                tags.Upos[classes[i]], xpos, heads[i + 1] - 1, Parser.Transitions.Labels[labels[i + 1]]);
        }

        var start = tokens[0].Start;
        return new ParsedSentence(text[start..tokens[n - 1].End], start, result);
    }
}

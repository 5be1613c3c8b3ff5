using ActorGraph.Benchmarks.Extraction;
using ActorGraph.Syntax;
using ActorGraph.Syntax.Text;

namespace ActorGraph.Benchmarks.Syntax;

/// <summary>The shipped syntax model and the first articles of the extraction corpus, as text and as pre-split sentences.</summary>
internal static class SyntaxCorpus
{
    /// <summary>Articles parsed per benchmark operation.</summary>
    public const int ArticleCount = 100;

    private static readonly Lazy<SyntaxModel> LazyModel = new(SyntaxModel.LoadDefault);
    private static readonly Lazy<string[]> LazyTexts = new(() => [.. Corpus.Articles.Take(ArticleCount).Select(a => a.Text)]);
    private static readonly Lazy<string[][]> LazySentences = new(() =>
        [.. Texts.SelectMany(Tokenizer.Sentences).Select(s => s.Select(t => t.Text).ToArray())]);

    public static SyntaxModel Model => LazyModel.Value;

    public static string[] Texts => LazyTexts.Value;

    public static string[][] Sentences => LazySentences.Value;

    /// <summary>Tokens in one operation (the same for text and pre-split sentences).</summary>
    public static long Tokens => Sentences.Sum(s => (long)s.Length);
}

using ActorGraph.Cli.Bench;
using ActorGraph.Core.Articles;
using ActorGraph.Extraction;
using ActorGraph.Extraction.Knowledge;

namespace ActorGraph.Cli.Tests.Bench;

public sealed class ArticleSynthesizerTests
{
    private static readonly ExtractionKnowledge Knowledge = ExtractionKnowledge.Load();

    [Fact]
    public void The_same_seed_writes_the_same_article()
    {
        var synthesizer = new ArticleSynthesizer(Knowledge.Gazetteer);
        Assert.Equal(synthesizer.Create(17, 2), synthesizer.Create(17, 2));
        Assert.NotEqual(synthesizer.Create(17, 2).Text, synthesizer.Create(17, 3).Text);
        Assert.NotEqual(synthesizer.Create(17, 2).Text, synthesizer.Create(18, 2).Text);
    }

    [Fact]
    public void Articles_are_news_sized_and_dated_in_the_ten_years()
    {
        var synthesizer = new ArticleSynthesizer(Knowledge.Gazetteer);
        var articles = Enumerable.Range(0, 50).Select(i => synthesizer.Create(i, 1)).ToList();
        Assert.InRange(articles.Average(a => a.Text.Length), 1500, 5000);
        Assert.All(articles, a => Assert.InRange(a.Published!.Value, new DateOnly(2016, 1, 1), new DateOnly(2025, 12, 31)));
    }

    [Theory]
    [MemberData(nameof(Phrasings))]
    public void Every_phrasing_is_read_as_its_type(int index)
    {
        var (type, template) = ArticleSynthesizer.Phrasings[index];
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, "Russia", "China", "Paris", "Monday");
        var events = new EventExtractor(Knowledge).Extract(new Article("a", null, text, new DateOnly(2024, 5, 1)));
        var e = Assert.Single(events);
        Assert.Equal((type, "country/RUS", "country/CHN"), (e.Type, e.Source.Id.Value, e.Target.Id.Value));
    }

    [Fact]
    public void Synthetic_articles_yield_events_of_every_type()
    {
        var synthesizer = new ArticleSynthesizer(Knowledge.Gazetteer);
        var extractor = new EventExtractor(Knowledge);
        var types = Enumerable.Range(0, 200).SelectMany(i => extractor.Extract(synthesizer.Create(i, 1))).Select(e => e.Type).ToHashSet();
        Assert.Equal(16, types.Count);
    }

    public static TheoryData<int> Phrasings() => [.. Enumerable.Range(0, ArticleSynthesizer.Phrasings.Count)];
}

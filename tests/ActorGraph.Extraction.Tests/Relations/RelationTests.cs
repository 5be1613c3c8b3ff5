using ActorGraph.Core.Events;

namespace ActorGraph.Extraction.Tests.Relations;

public sealed class RelationTests
{
    private static List<string> Triples(string text, string published = "2025-06-02") =>
        Extracted.Of(text, published).Select(e => $"{e.Source.Id} {e.Type.ToString().ToUpperInvariant()} {e.Target.Id}").ToList();

    [Fact]
    public void Coordinated_subjects_of_a_mutual_relation_yield_one_symmetric_event()
    {
        var e = Assert.Single(Extracted.Of("Xi Jinping and Vladimir Putin held talks in Moscow."));
        Assert.Equal(PloverType.Consult, e.Type);
        Assert.Equal("meet", e.Mode);
        Assert.Equal(["person/vladimir-putin", "person/xi-jinping"], new[] { e.Source.Id.Value, e.Target.Id.Value }.Order());
    }

    [Fact]
    public void Coordinated_subjects_of_a_directed_relation_yield_one_event_each()
    {
        Assert.Equal(["country/GBR ACCUSE country/RUS", "country/FRA ACCUSE country/RUS"], Triples("Britain and France condemned Russia."));
    }

    [Fact]
    public void Coordinated_targets_yield_one_event_each()
    {
        Assert.Equal(["country/CHN REQUEST country/IND", "country/CHN REQUEST country/PAK"], Triples("China urged India and Pakistan to show restraint."));
    }

    [Fact]
    public void Passive_voice_puts_the_agent_first()
    {
        Assert.Equal(["country/RUS ASSAULT country/UKR"], Triples("Ukraine was attacked by Russia on Sunday."));
    }

    [Fact]
    public void Reported_act_inside_an_accusation_is_not_an_event()
    {
        Assert.Equal(["country/UKR ACCUSE country/RUS"], Triples("Ukraine accused Russia of violating the ceasefire by shelling Kharkiv."));
    }

    [Theory]
    [InlineData("Putin did not meet Zelensky.")]
    [InlineData("Russia denied that it had attacked Ukraine.")]
    [InlineData("No date has been set for a meeting between Putin and Zelensky.")]
    [InlineData("Xi never visited Washington during that term.")]
    public void Negated_event_yields_nothing(string text)
    {
        Assert.Empty(Extracted.Of(text));
    }

    [Fact]
    public void Stated_refusal_is_a_rejection()
    {
        Assert.Equal(["person/volodymyr-zelensky REJECT person/vladimir-putin"], Triples("Zelensky refused to meet Putin in Moscow."));
    }

    [Theory]
    [InlineData("Trump plans to visit China in April.", Modality.Future)]
    [InlineData("Trump will meet Putin in Alaska.", Modality.Future)]
    [InlineData("Iran might attack Israel.", Modality.Hypothetical)]
    [InlineData("If talks fail, Israel could strike Iran.", Modality.Hypothetical)]
    [InlineData("Trump met Putin in Alaska.", Modality.Asserted)]
    [InlineData("Putin and Kim Jong Un signed a treaty that obliges each to help the other if it is attacked.", Modality.Asserted)]
    [InlineData("Israel will strike Hezbollah if the group violates the truce.", Modality.Hypothetical)]
    public void Modality_is_kept_so_users_can_filter(string text, Modality expected)
    {
        Assert.Equal(expected, Assert.Single(Extracted.Of(text)).Modality);
    }

    [Fact]
    public void An_official_does_not_threaten_the_organisation_they_hold_office_in()
    {
        var events = Extracted.Of("EU foreign policy chief Kaja Kallas warned that the EU would keep up the pressure on Moscow.", "2025-07-18");

        Assert.DoesNotContain(events, e => e.Source.Id.Value == "person/kaja-kallas" && e.Target.Id.Value == "org/eu");
    }

    [Fact]
    public void A_photo_caption_passed_as_text_yields_no_event()
    {
        Assert.Empty(Extracted.Of("Donald Trump greets Vladimir Putin on the tarmac in Anchorage (Photo: Reuters)"));
    }

    [Theory]
    [InlineData("Russia struck Kyiv with drones overnight.", "aerial")]
    [InlineData("Russian forces shelled Kyiv.", "artillery")]
    [InlineData("Russia invaded Ukraine.", "ground")]
    public void Assault_carries_its_mode(string text, string mode)
    {
        var e = Assert.Single(Extracted.Of(text));
        Assert.Equal(PloverType.Assault, e.Type);
        Assert.Equal(mode, e.Mode);
    }

    [Theory]
    [InlineData("Modi visited Moscow.", "visit")]
    [InlineData("Trump spoke by phone with Putin.", "phone")]
    public void Consult_carries_its_mode(string text, string mode)
    {
        Assert.Equal(mode, Assert.Single(Extracted.Of(text)).Mode);
    }

    [Theory]
    [InlineData("Ukraine accused Russia on Thursday.", "2025-06-02", "2025-05-29", DatePrecision.Day)]
    [InlineData("Ukraine accused Russia yesterday.", "2025-06-02", "2025-06-01", DatePrecision.Day)]
    [InlineData("Ukraine accused Russia last month.", "2025-06-02", "2025-05-01", DatePrecision.Month)]
    [InlineData("Ukraine accused Russia on May 8, 2024.", "2025-06-02", "2024-05-08", DatePrecision.Day)]
    [InlineData("Ukraine accused Russia.", "2025-06-02", "2025-06-02", DatePrecision.Day)]
    public void Event_date_comes_from_the_sentence_or_the_publication_date(string text, string published, string date, DatePrecision precision)
    {
        var e = Assert.Single(Extracted.Of(text, published));
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), e.Date);
        Assert.Equal(precision, e.DatePrecision);
    }

    [Fact]
    public void Evidence_names_the_article_sentence_and_span()
    {
        const string text = "Leaders gathered in Rome. Britain condemned Russia on Friday.";
        var e = Assert.Single(Extracted.Of(text));
        Assert.Equal("test", e.Evidence.ArticleId);
        Assert.Equal(1, e.Evidence.SentenceIndex);
        Assert.Equal("Britain condemned Russia on Friday.", e.Evidence.Sentence);
        Assert.Equal("Britain condemned Russia", text[e.Evidence.Start..e.Evidence.End]);
        Assert.InRange(e.Evidence.Confidence, 0.5, 1.0);
        Assert.Equal(("Britain", "Russia"), (e.Evidence.SourceText, e.Evidence.TargetText));
    }

    [Fact]
    public void Teaser_line_inside_the_body_yields_nothing()
    {
        Assert.Empty(Extracted.Of("Read more: EU imposes new sanctions on Russia"));
    }
}

using System.Globalization;
using System.Text;

namespace Collaboration.Forums.Tests.Templates;

/// <summary>A pasted template is refused beyond each limit with a rejection that names the limit; at the limit it passes.</summary>
public sealed class TemplateLimitsTests
{
    private static string Template(int forums = 1, int items = 1, int choices = 2, int groups = 1, string prompt = "Was?", string title = "Reihe")
    {
        var yaml = new StringBuilder();
        yaml.AppendLine(CultureInfo.InvariantCulture, $"title: {{ de: \"{title}\" }}");
        yaml.AppendLine("stakeholderGroups:");
        for (var g = 0; g < groups; g++)
        {
            yaml.AppendLine(CultureInfo.InvariantCulture, $"  - {{ key: g{g}, de: Gruppe {g} }}");
        }

        yaml.AppendLine("forums:");
        for (var f = 1; f <= forums; f++)
        {
            yaml.AppendLine(CultureInfo.InvariantCulture, $"  - number: {f}");
            yaml.AppendLine(CultureInfo.InvariantCulture, $"    title: {{ de: Forum {f} }}");
            yaml.AppendLine("    items:");
            for (var i = 0; i < items; i++)
            {
                yaml.AppendLine(CultureInfo.InvariantCulture, $"      - key: frage{i}");
                yaml.AppendLine("        kind: singleChoice");
                yaml.AppendLine(CultureInfo.InvariantCulture, $"        prompt: {{ de: \"{prompt}\" }}");
                yaml.AppendLine("        choices:");
                for (var c = 0; c < choices; c++)
                {
                    yaml.AppendLine(CultureInfo.InvariantCulture, $"          - {{ key: c{c}, de: Wahl {c} }}");
                }
            }
        }

        return yaml.ToString();
    }

    private static Rejection Refused(string template)
    {
        var parsed = SeriesTemplates.Parse(template);
        Assert.False(parsed.Succeeded);
        return parsed.Rejection;
    }

    private static void Accepted(string template)
    {
        var parsed = SeriesTemplates.Parse(template);
        Assert.True(parsed.Succeeded, parsed.Rejection?.ToString());
    }

    [Fact]
    public void The_shipped_template_stays_within_every_limit() => Accepted(SeriesTemplates.ReadBuiltIn("rdz-salzlandkreis")!);

    [Fact]
    public void A_template_of_256_KiB_passes_and_one_byte_more_is_refused_naming_the_size()
    {
        var template = Template();
        var padding = TemplateLimits.MaxBytes - Encoding.UTF8.GetByteCount(template) - 1;
        var atLimit = template + "#" + new string('x', padding - 1) + "\n";
        Assert.Equal(TemplateLimits.MaxBytes, Encoding.UTF8.GetByteCount(atLimit));

        Accepted(atLimit);
        Assert.Equal(new Rejection(RejectionCode.TemplateTooLarge, 256).ToString(), Refused(atLimit + "#").ToString());
    }

    [Fact]
    public void The_size_counts_utf8_bytes_so_umlauts_count_twice()
    {
        var template = Template() + "#" + new string('ä', TemplateLimits.MaxBytes / 2) + "\n";
        Assert.True(template.Length < TemplateLimits.MaxBytes);
        Assert.Equal(RejectionCode.TemplateTooLarge, Refused(template).Code);
    }

    [Fact]
    public void A_json_template_has_the_same_size_limit()
    {
        var json = "{ \"title\": { \"de\": \"" + new string('x', TemplateLimits.MaxBytes) + "\" } }";
        Assert.Equal(RejectionCode.TemplateTooLarge, Refused(json).Code);
    }

    [Fact]
    public void Ten_forums_pass_and_eleven_are_refused_naming_the_limit()
    {
        Accepted(Template(forums: 10));
        Assert.Equal(new Rejection(RejectionCode.TemplateTooManyForums, 11, 10).ToString(), Refused(Template(forums: 11)).ToString());
    }

    [Fact]
    public void Fifty_items_in_a_forum_pass_and_fifty_one_are_refused_naming_the_forum_and_the_limit()
    {
        Accepted(Template(items: 50));
        Assert.Equal(new Rejection(RejectionCode.TemplateTooManyItems, "forums[0]", 51, 50).ToString(), Refused(Template(items: 51)).ToString());
    }

    [Fact]
    public void Thirty_choices_pass_and_thirty_one_are_refused_naming_the_list_and_the_limit()
    {
        Accepted(Template(choices: 30));
        Assert.Equal(new Rejection(RejectionCode.TemplateTooManyEntries, "forums[0].items[0].choices", 31, 30).ToString(),
            Refused(Template(choices: 31)).ToString());
    }

    [Fact]
    public void Thirty_one_stakeholder_groups_are_refused() =>
        Assert.Equal(new Rejection(RejectionCode.TemplateTooManyEntries, "stakeholderGroups", 31, 30).ToString(), Refused(Template(groups: 31)).ToString());

    [Fact]
    public void A_prompt_of_500_characters_passes_and_one_of_501_is_refused_naming_the_field_and_the_limit()
    {
        Accepted(Template(prompt: new string('x', TemplateLimits.MaxPromptLength)));
        Assert.Equal(new Rejection(RejectionCode.TemplateTextTooLong, "forums[0].items[0].prompt.de", 500).ToString(),
            Refused(Template(prompt: new string('x', TemplateLimits.MaxPromptLength + 1))).ToString());
    }

    [Fact]
    public void Text_length_counts_what_the_reader_sees_so_combining_marks_do_not_count_twice() =>
        Accepted(Template(title: string.Concat(Enumerable.Repeat("a\u0301\u0302", TemplateLimits.MaxTitleLength))));

    [Fact]
    public void A_title_over_200_characters_is_refused() =>
        Assert.Equal(new Rejection(RejectionCode.TemplateTextTooLong, "title.de", 200).ToString(),
            Refused(Template(title: new string('x', TemplateLimits.MaxTitleLength + 1))).ToString());

    [Fact]
    public void A_choice_label_over_200_characters_is_refused() =>
        Assert.Equal(RejectionCode.TemplateTextTooLong,
            Refused(Template().Replace("de: Wahl 0", "de: " + new string('x', TemplateLimits.MaxLabelLength + 1), StringComparison.Ordinal)).Code);

    [Fact]
    public void A_billion_laughs_document_is_refused_at_its_first_anchor_without_expanding_it()
    {
        var bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var level = 'b'; level <= 'z'; level++)
        {
            var previous = (char)(level - 1);
            bomb.Append(level).Append(": &").Append(level).Append(" [")
                .AppendJoin(',', Enumerable.Repeat("*" + previous, 9)).Append("]\n");
        }

        // 9^26 nodes if expanded: the test process would run out of memory long before it returned.
        Assert.Equal(new Rejection(RejectionCode.TemplateAliasesRefused, 1L).ToString(), Refused(bomb.ToString()).ToString());
    }

    [Theory]
    [InlineData("title: &t { de: Reihe }\n", 1)]
    [InlineData("title: { de: Reihe }\nx: *t\n", 2)]
    [InlineData("base: &b { de: Reihe }\ntitle:\n  <<: *b\n", 1)]
    public void Any_anchor_or_alias_is_refused_with_its_line(string yaml, long line) =>
        Assert.Equal(new Rejection(RejectionCode.TemplateAliasesRefused, line).ToString(), Refused(yaml).ToString());
}

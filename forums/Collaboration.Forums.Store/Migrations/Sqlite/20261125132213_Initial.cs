using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Collaboration.Forums.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "series",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", nullable: false),
                    goal = table.Column<string>(type: "TEXT", nullable: true),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    min_group_size = table.Column<int>(type: "INTEGER", nullable: false),
                    groups = table.Column<string>(type: "TEXT", nullable: false),
                    topics = table.Column<string>(type: "TEXT", nullable: false),
                    moderators = table.Column<string>(type: "TEXT", nullable: false),
                    implementation_path = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_series", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "conversation_bindings",
                columns: table => new
                {
                    conversation_id = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    series_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    reference = table.Column<string>(type: "TEXT", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_conversation_bindings", x => x.conversation_id);
                    table.ForeignKey(
                        name: "fk_conversation_bindings_series_series_id",
                        column: x => x.series_id,
                        principalTable: "series",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "forums",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    series_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    title = table.Column<string>(type: "TEXT", nullable: false),
                    description = table.Column<string>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_forums", x => x.id);
                    table.ForeignKey(
                        name: "fk_forums_series_series_id",
                        column: x => x.series_id,
                        principalTable: "series",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "participants",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    series_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    display_name = table.Column<string>(type: "TEXT", nullable: false),
                    group_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    organisation = table.Column<string>(type: "TEXT", nullable: false),
                    municipality = table.Column<string>(type: "TEXT", nullable: true),
                    joined_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_participants", x => x.id);
                    table.ForeignKey(
                        name: "fk_participants_series_series_id",
                        column: x => x.series_id,
                        principalTable: "series",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    forum_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    prompt = table.Column<string>(type: "TEXT", nullable: false),
                    help = table.Column<string>(type: "TEXT", nullable: true),
                    spec = table.Column<string>(type: "TEXT", nullable: false),
                    anonymous = table.Column<bool>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    carry_over = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_items_forums_forum_id",
                        column: x => x.forum_id,
                        principalTable: "forums",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "card_posts",
                columns: table => new
                {
                    item_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    conversation_id = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    activity_id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    posted_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_card_posts", x => new { x.item_id, x.conversation_id, x.activity_id });
                    table.ForeignKey(
                        name: "fk_card_posts_items_item_id",
                        column: x => x.item_id,
                        principalTable: "items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "need_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    item_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    respondent_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    participant_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    group_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    topic_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    text = table.Column<string>(type: "TEXT", nullable: false),
                    client_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_need_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_need_entries_items_item_id",
                        column: x => x.item_id,
                        principalTable: "items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "responses",
                columns: table => new
                {
                    item_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    respondent_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    participant_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    group_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    answer = table.Column<string>(type: "TEXT", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_responses", x => new { x.item_id, x.respondent_key });
                    table.ForeignKey(
                        name: "fk_responses_items_item_id",
                        column: x => x.item_id,
                        principalTable: "items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "need_supports",
                columns: table => new
                {
                    need_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    respondent_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_need_supports", x => new { x.need_id, x.respondent_key });
                    table.ForeignKey(
                        name: "fk_need_supports_need_entries_need_id",
                        column: x => x.need_id,
                        principalTable: "need_entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_conversation_bindings_series_id",
                table: "conversation_bindings",
                column: "series_id");

            migrationBuilder.CreateIndex(
                name: "ux_forums_series_id_number",
                table: "forums",
                columns: new[] { "series_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_items_forum_id_key",
                table: "items",
                columns: new[] { "forum_id", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_need_entries_item_id_respondent_key_client_key",
                table: "need_entries",
                columns: new[] { "item_id", "respondent_key", "client_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_participants_series_id_user_id",
                table: "participants",
                columns: new[] { "series_id", "user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_responses_participant_id",
                table: "responses",
                column: "participant_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "card_posts");

            migrationBuilder.DropTable(
                name: "conversation_bindings");

            migrationBuilder.DropTable(
                name: "need_supports");

            migrationBuilder.DropTable(
                name: "participants");

            migrationBuilder.DropTable(
                name: "responses");

            migrationBuilder.DropTable(
                name: "need_entries");

            migrationBuilder.DropTable(
                name: "items");

            migrationBuilder.DropTable(
                name: "forums");

            migrationBuilder.DropTable(
                name: "series");
        }
    }
}

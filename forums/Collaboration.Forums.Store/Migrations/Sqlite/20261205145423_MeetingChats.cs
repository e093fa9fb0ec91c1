using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Collaboration.Forums.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MeetingChats : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "meeting_id",
                table: "conversation_bindings",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "meeting_events",
                columns: table => new
                {
                    meeting_id = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    occurred_at = table.Column<long>(type: "INTEGER", nullable: false),
                    series_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    claimed_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_events", x => new { x.meeting_id, x.kind, x.occurred_at });
                    table.ForeignKey(
                        name: "fk_meeting_events_series_series_id",
                        column: x => x.series_id,
                        principalTable: "series",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_conversation_bindings_meeting_id",
                table: "conversation_bindings",
                column: "meeting_id");

            migrationBuilder.CreateIndex(
                name: "ix_meeting_events_series_id",
                table: "meeting_events",
                column: "series_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "meeting_events");

            migrationBuilder.DropIndex(
                name: "ix_conversation_bindings_meeting_id",
                table: "conversation_bindings");

            migrationBuilder.DropColumn(
                name: "meeting_id",
                table: "conversation_bindings");
        }
    }
}

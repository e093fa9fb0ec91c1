using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Collaboration.Forums.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NeedMerges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "merged_into_id",
                table: "need_entries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "merged_text",
                table: "need_entries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_need_entries_merged_into_id",
                table: "need_entries",
                column: "merged_into_id");

            migrationBuilder.AddForeignKey(
                name: "fk_need_entries_need_entries_merged_into_id",
                table: "need_entries",
                column: "merged_into_id",
                principalTable: "need_entries",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_need_entries_need_entries_merged_into_id",
                table: "need_entries");

            migrationBuilder.DropIndex(
                name: "ix_need_entries_merged_into_id",
                table: "need_entries");

            migrationBuilder.DropColumn(
                name: "merged_into_id",
                table: "need_entries");

            migrationBuilder.DropColumn(
                name: "merged_text",
                table: "need_entries");
        }
    }
}

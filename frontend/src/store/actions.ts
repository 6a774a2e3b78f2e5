/** Whether the API said the user may do this with the record (its `actions`, computed by the server for the caller). */
export function allows(record: { actions?: readonly string[] | null } | null | undefined, action: string): boolean {
  return record?.actions?.includes(action) ?? false
}

/** Who asks for a change. The hub builds it from the authenticated principal. */
export interface Actor {
  /** Staff id (`staff-…`) or device id (`kiosk-…`, `display-…`): written into history and the event log. */
  id: string;
  name: string;
  isAdmin: boolean;
  canCallOutOfOrder: boolean;
}

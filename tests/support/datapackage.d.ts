/** The little of the official Frictionless library (`datapackage`, untyped) the tests use. */
declare module 'datapackage' {
  export class Resource {
    name: string;
    tabular: boolean;
    read(options?: { relations?: boolean; keyed?: boolean }): Promise<unknown[]>;
    rawRead(): Promise<Uint8Array>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string }): Promise<Package>;
    valid: boolean;
    errors: Error[];
    resources: Resource[];
  }
}

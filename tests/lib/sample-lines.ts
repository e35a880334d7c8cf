/**
 * Log lines that several tests and benchmarks paste, written once. This one is nginx's error log
 * when the upstream (PHP-FPM on port 9000) refuses the connection: the checker's and search's
 * standard example of a whole pasted line.
 */
export const NGINX_UPSTREAM_REFUSED =
  '2020/05/07 03:15:12 [error] 6#6: *1 connect() failed (111: Connection refused) while connecting to upstream, ' +
  'client: 172.21.0.1, server: , request: "GET / HTTP/1.1", upstream: "http://172.21.0.19:9000/", host: "0.0.0.0:9000"';

--TEST--
Fluent method chaining returning $this on a freshly created object.
--FILE--
<?php
class Query {
    private $parts = [];
    public function select($f) { $this->parts[] = "SELECT $f"; return $this; }
    public function from($t) { $this->parts[] = "FROM $t"; return $this; }
    public function where($c) { $this->parts[] = "WHERE $c"; return $this; }
    public function __toString(): string { return implode(' ', $this->parts); }
}
echo (new Query)->select('*')->from('users')->where('id = 1'), "\n";
$q = (new Query)->select('a');
$q->from('t');
echo $q, "\n";
--EXPECT--
SELECT * FROM users WHERE id = 1
SELECT a FROM t

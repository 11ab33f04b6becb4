--TEST--
in a method chain on a temporary, an object returned as $this lives to the end of the statement, while one replaced by a new object dies before the next call
--FILE--
<?php
class Fluent {
    public function __construct(public string $n) { echo "ctor {$this->n}\n"; }
    public function self() { echo "self {$this->n}\n"; return $this; }
    public function other() { echo "other from {$this->n}\n"; return new Fluent($this->n . "+"); }
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
(new Fluent("a"))->self()->self();
echo "---\n";
(new Fluent("b"))->other()->self();
echo "end\n";
--EXPECT--
ctor a
self a
self a
dtor a
---
ctor b
other from b
ctor b+
dtor b
self b+
dtor b+
end

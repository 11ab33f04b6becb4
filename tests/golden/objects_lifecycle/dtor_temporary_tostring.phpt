--TEST--
a temporary object echoed through __toString dies right after its string is produced
--FILE--
<?php
class Label {
    public function __construct(public string $t) { echo "[ctor {$this->t}]"; }
    public function __toString(): string { return "<{$this->t}>"; }
    public function __destruct() { echo "[dtor {$this->t}]"; }
}
echo new Label("a"), "\n";
$s = "x" . new Label("b") . "y";
echo "\n$s\n";
--EXPECT--
[ctor a]<a>[dtor a]
[ctor b][dtor b]
x<b>y

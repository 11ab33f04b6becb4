--TEST--
an object shared by two globals is skipped by the reverse walk and destroyed later in handle order
--FILE--
<?php
class G {
    public function __construct(public string $n) {}
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
$shared = new G("shared");
$alias = $shared;
$solo1 = new G("solo1");
$solo2 = new G("solo2");
echo "script end\n";
--EXPECT--
script end
dtor solo2
dtor solo1
dtor shared

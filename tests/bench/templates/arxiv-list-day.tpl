<dl id="articles">
    <h3>{{day}} (showing {{n}} of {{n}} entries )</h3>


    